#include "scorecardwindow.h"

#include "dialogs/prompts.h"
#include "formats/filewriter.h"
#include "widgets/scorecardform.h"

#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QScrollArea>
#include <QStatusBar>

namespace shortlist {

ScorecardWindow::ScorecardWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("scorecardWindow"));
    setWindowTitle(tr("Scorecard — Shortlist"));
    resize(760, 900);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_form = new ScorecardForm(scroll);
    scroll->setWidget(m_form);
    setCentralWidget(scroll);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("scorecardStatus"));
    m_status->setWordWrap(true);
    statusBar()->addWidget(m_status, 1);
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *saveAction = file->addAction(tr("&Save and Sign"), this, [this] { save(); });
    saveAction->setObjectName(QStringLiteral("actionSaveScorecard"));
    saveAction->setShortcut(QKeySequence::Save);
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    connect(m_form, &ScorecardForm::changed, this, [this] { m_modified = true; });
}

bool ScorecardWindow::openFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Prompts::error(this, tr("Cannot open the scorecard"), tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return false;
    }
    m_original = f.readAll();
    Result<ScorecardFileContent> content = ScorecardFile::read(m_original);
    if (!content) {
        Prompts::error(this, tr("Cannot open the scorecard"), content.error().message);
        return false;
    }
    m_path = path;
    m_form->setContent(*content);
    m_modified = false;
    setWindowTitle(tr("Scorecard for %1 — Shortlist").arg(content->candidate));
    m_status->setText(content->isSigned ? tr("Signed. Saving again re-signs it; send the file back to the hiring manager.")
                                        : tr("Not signed yet: fill it in and choose File › Save and Sign."));
    return true;
}

bool ScorecardWindow::save()
{
    const QString problem = m_form->problem();
    if (!problem.isEmpty()) {
        m_status->setText(problem);
        Prompts::error(this, tr("Not complete"), problem);
        return false;
    }
    Result<QByteArray> signedFile = ScorecardFile::fillAndSign(m_original, m_form->ratings(), m_form->overall(), m_form->summary());
    if (!signedFile) {
        Prompts::error(this, tr("Cannot save the scorecard"), signedFile.error().message);
        return false;
    }
    if (const Error e = FileWriter::write(m_path, *signedFile)) {
        Prompts::error(this, tr("Cannot save the scorecard"), e.message);
        return false;
    }
    m_original = *signedFile;
    m_modified = false;
    m_status->setText(tr("Saved and signed. Send %1 back to the hiring manager.").arg(QDir::toNativeSeparators(m_path)));
    return true;
}

QString ScorecardWindow::statusText() const
{
    return m_status->text();
}

void ScorecardWindow::closeEvent(QCloseEvent *event)
{
    if (m_modified
        && Prompts::question(this, tr("Unsaved scorecard"), tr("Close without saving? Your answers since the last save are lost."),
                             QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Discard) {
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace shortlist
