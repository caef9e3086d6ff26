#include "candidatedialog.h"

#include "widgets/candidateform.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace shortlist {

namespace {
std::optional<std::optional<Candidate>> nextCandidate;
}

CandidateDialog::CandidateDialog(const QString &openingTitle, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("candidateDialog"));
    setWindowTitle(tr("Add Candidate"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The candidate applies to <b>%1</b> and starts in its first stage.").arg(openingTitle.toHtmlEscaped()), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_form = new CandidateForm(this);
    layout->addWidget(m_form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CandidateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CandidateDialog::reject);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

Candidate CandidateDialog::candidate() const
{
    return m_form->candidate();
}

void CandidateDialog::accept()
{
    if (m_form->validate())
        QDialog::accept();
}

void CandidateDialog::setNextCandidate(const std::optional<Candidate> &candidate)
{
    nextCandidate = candidate;
}

std::optional<Candidate> CandidateDialog::getCandidate(QWidget *parent, const QString &openingTitle)
{
    if (nextCandidate)
        return *std::exchange(nextCandidate, std::nullopt);
    CandidateDialog dialog(openingTitle, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.candidate();
}

} // namespace shortlist
