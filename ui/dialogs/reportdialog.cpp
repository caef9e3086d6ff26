#include "reportdialog.h"

#include "reports/reportbuilder.h"
#include "reports/reportjob.h"
#include "reports/reportpdf.h"
#include "repositories/auditrepository.h"
#include "repositories/openingrepository.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace shortlist {

namespace {

enum Period { AllTime, Last30, Last90, Last12Months, ThisYear, Custom };

int kindIndex(ReportKind kind)
{
    return int(kind);
}

} // namespace

ReportDialog::ReportDialog(Database &db, AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_settings(settings)
    , m_job(new ReportJob(this))
{
    setWindowTitle(tr("Reports"));
    build();
    connect(m_job, &ReportJob::progress, this, [this](int value, int maximum, const QString &text) {
        m_progress->setRange(0, maximum);
        m_progress->setValue(value);
        showStatus(text);
    });
    connect(m_job, &ReportJob::documentReady, this, &ReportDialog::documentReady);
    connect(m_job, &ReportJob::saved, this, [this](const QString &path, int pages, qint64 bytes) {
        setBusy(false);
        showStatus(tr("Saved %1: %n page(s), %2 KB.", nullptr, pages).arg(QDir::toNativeSeparators(path)).arg((bytes + 1023) / 1024));
        // Who made which report, never its content (the audit log keeps no personal data).
        if (!m_db.isReadOnly())
            AuditRepository(m_db).append(QStringLiteral("report"), toCode(m_job->document().kind), std::nullopt,
                                         QStringLiteral("pdf pages=%1 anonymised=%2").arg(pages).arg(m_job->document().anonymized ? 1 : 0));
        Q_EMIT saved(path, pages);
    });
    connect(m_job, &ReportJob::printed, this, [this](int pages) {
        setBusy(false);
        showStatus(tr("Sent %n page(s) to the printer.", nullptr, pages));
    });
    connect(m_job, &ReportJob::failed, this, [this](const QString &message, bool) {
        setBusy(false);
        showStatus(message, true);
        Q_EMIT workFailed(message);
    });

    const AppSettings::ReportChoices choices = m_settings.reportChoices();
    setKind(reportKindFromCode(choices.kind).value_or(ReportKind::Pipeline));
    m_anonymize->setChecked(choices.anonymize);
    setPageSize(pageSizeFromCode(choices.pageSize).value_or(defaultPageSize()));
    m_period->setCurrentIndex(std::clamp(choices.period, 0, int(Custom)));
    periodChanged();
    for (auto it = choices.sections.cbegin(); it != choices.sections.cend(); ++it) {
        if (it.key() == toCode(ReportKind(m_kind->currentIndex())))
            setSections(it.value());
    }
}

ReportDialog::~ReportDialog()
{
    // Stop (and wait for) the job before the printer it may paint on goes.
    delete m_job;
}

void ReportDialog::build()
{
    auto *form = new QFormLayout;
    m_kind = new QComboBox;
    for (ReportKind kind : {ReportKind::Pipeline, ReportKind::Candidate, ReportKind::Calibration, ReportKind::Schedule})
        m_kind->addItem(reportTitle(kind), toCode(kind));
    form->addRow(tr("&Report:"), m_kind);

    m_opening = new QComboBox;
    m_opening->addItem(tr("All openings"), qint64(0));
    if (Result<QList<QPair<qint64, QString>>> titles = OpeningRepository(m_db).titles()) {
        for (const auto &[id, title] : *titles)
            m_opening->addItem(title, id);
    }
    form->addRow(tr("&Opening:"), m_opening);

    m_candidate = new QLineEdit;
    m_candidate->setPlaceholderText(tr("Candidate id or email address"));
    form->addRow(tr("&Candidate:"), m_candidate);

    m_period = new QComboBox;
    m_period->addItems({tr("All time"), tr("Last 30 days"), tr("Last 90 days"), tr("Last 12 months"), tr("This year"), tr("Custom dates")});
    form->addRow(tr("&Period:"), m_period);
    auto *dates = new QWidget;
    auto *datesLayout = new QHBoxLayout(dates);
    datesLayout->setContentsMargins(0, 0, 0, 0);
    m_from = new QDateEdit(QDate::currentDate().addDays(-89));
    m_to = new QDateEdit(QDate::currentDate());
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    datesLayout->addWidget(new QLabel(tr("From")));
    datesLayout->addWidget(m_from, 1);
    datesLayout->addWidget(new QLabel(tr("to")));
    datesLayout->addWidget(m_to, 1);
    form->addRow(tr("&Dates:"), dates);

    m_sections = new QListWidget;
    m_sections->setMaximumHeight(150);
    form->addRow(tr("&Sections:"), m_sections);

    m_anonymize = new QCheckBox(tr("&Anonymise: candidates as stable codes, without names, contact details or links"));
    form->addRow(QString(), m_anonymize);
    m_pageSize = new QComboBox;
    m_pageSize->addItem(tr("A4"), QStringLiteral("A4"));
    m_pageSize->addItem(tr("US Letter"), QStringLiteral("Letter"));
    form->addRow(tr("Pa&per:"), m_pageSize);

    // Rows per kind: opening, candidate, period, dates, sections.
    m_rows[kindIndex(ReportKind::Pipeline)] = {m_opening, m_period, dates, m_sections};
    m_rows[kindIndex(ReportKind::Candidate)] = {m_opening, m_candidate, m_sections};
    m_rows[kindIndex(ReportKind::Calibration)] = {m_opening, m_sections};
    m_rows[kindIndex(ReportKind::Schedule)] = {m_opening, dates};

    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar;
    m_progress->setVisible(false);

    auto *buttons = new QDialogButtonBox;
    m_previewButton = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    m_printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_saveButton = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::AcceptRole);
    m_cancelButton = buttons->addButton(tr("Cancel"), QDialogButtonBox::ActionRole);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_cancelButton->setVisible(false);   // after the last addButton(), which shows them all
    m_saveButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportDialog::kindChanged);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportDialog::periodChanged);
    connect(m_previewButton, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(m_printButton, &QPushButton::clicked, this, [this] { start(Print); });
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        Result<ReportOptions> o = options();
        if (!o) {
            showStatus(o.error().message, true);
            return;
        }
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString name = QStringLiteral("%1 %2.pdf").arg(reportTitle(o->kind), QDate::currentDate().toString(Qt::ISODate));
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Report as PDF"), QDir(folder).filePath(name), tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            saveTo(path);
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &ReportDialog::cancelWork);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    kindChanged();
}

void ReportDialog::setContext(qint64 openingId, qint64 candidateId)
{
    setOpening(openingId);
    m_contextCandidate = candidateId;
    if (candidateId > 0)
        m_candidate->setText(QString::number(candidateId));
}

void ReportDialog::setKind(ReportKind kind)
{
    m_kind->setCurrentIndex(kindIndex(kind));
    kindChanged();
}

void ReportDialog::setOpening(qint64 openingId)
{
    const int index = m_opening->findData(openingId);
    m_opening->setCurrentIndex(std::max(0, index));
}

void ReportDialog::setCandidate(const QString &idOrEmail)
{
    m_candidate->setText(idOrEmail);
}

void ReportDialog::setPeriod(const QDate &from, const QDate &to)
{
    m_period->setCurrentIndex(Custom);
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReportDialog::setAnonymized(bool anonymized)
{
    m_anonymize->setChecked(anonymized);
}

void ReportDialog::setPageSize(ReportPageSize size)
{
    m_pageSize->setCurrentIndex(size == ReportPageSize::Letter ? 1 : 0);
}

void ReportDialog::setSections(const QStringList &codes)
{
    for (int i = 0; i < m_sections->count(); ++i) {
        QListWidgetItem *item = m_sections->item(i);
        item->setCheckState(codes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

void ReportDialog::kindChanged()
{
    const auto kind = ReportKind(m_kind->currentIndex());
    auto *form = qobject_cast<QFormLayout *>(qobject_cast<QVBoxLayout *>(layout())->itemAt(0)->layout());
    const QList<QWidget *> &shown = m_rows[kindIndex(kind)];
    for (QWidget *row : {static_cast<QWidget *>(m_opening), static_cast<QWidget *>(m_candidate), static_cast<QWidget *>(m_period),
                         m_from->parentWidget(), static_cast<QWidget *>(m_sections)})
        form->setRowVisible(row, shown.contains(row));
    m_opening->setItemText(0, kind == ReportKind::Candidate ? tr("Their only application") : tr("All openings"));

    m_sections->clear();
    const QStringList remembered = m_settings.reportChoices().sections.value(toCode(kind));
    const bool rememberedAny = m_settings.reportChoices().sections.contains(toCode(kind));
    for (const ReportSection &section : reportSections(kind)) {
        auto *item = new QListWidgetItem(section.title, m_sections);
        item->setData(Qt::UserRole, section.code);
        item->setCheckState(!rememberedAny || remembered.contains(section.code) ? Qt::Checked : Qt::Unchecked);
    }
    if (kind == ReportKind::Schedule && m_period->currentIndex() != Custom) {
        m_from->setDate(QDate::currentDate());
        m_to->setDate(QDate::currentDate().addDays(6));
    }
    periodChanged();
    adjustSize();
}

void ReportDialog::periodChanged()
{
    const auto kind = ReportKind(m_kind->currentIndex());
    const bool custom = kind == ReportKind::Schedule || m_period->currentIndex() == Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (kind == ReportKind::Schedule || custom)
        return;
    const QDate today = QDate::currentDate();
    switch (m_period->currentIndex()) {
    case Last30: m_from->setDate(today.addDays(-29)); break;
    case Last90: m_from->setDate(today.addDays(-89)); break;
    case Last12Months: m_from->setDate(today.addYears(-1).addDays(1)); break;
    case ThisYear: m_from->setDate(QDate(today.year(), 1, 1)); break;
    default: break;
    }
    m_to->setDate(today);
}

Result<ReportOptions> ReportDialog::options() const
{
    ReportOptions o;
    o.kind = ReportKind(m_kind->currentIndex());
    const qint64 openingId = m_opening->currentData().toLongLong();
    if (openingId > 0 && o.kind != ReportKind::Candidate)
        o.openingIds = {openingId};
    if (o.kind == ReportKind::Schedule || (o.kind == ReportKind::Pipeline && m_period->currentIndex() != AllTime)) {
        o.from = m_from->date();
        o.to = m_to->date();
        if (o.to < o.from)
            return makeError(ErrorCode::Invalid, tr("The period ends before it starts. Choose a “to” date on or after the “from” date."));
    }
    for (int i = 0; i < m_sections->count(); ++i) {
        if (m_sections->item(i)->checkState() == Qt::Checked)
            o.sections << m_sections->item(i)->data(Qt::UserRole).toString();
    }
    if (m_sections->count() > 0 && o.sections.isEmpty())
        return makeError(ErrorCode::Invalid, tr("No section is ticked. Tick at least one section to include."));
    if (o.kind == ReportKind::Candidate) {
        if (m_candidate->text().trimmed().isEmpty())
            return makeError(ErrorCode::Invalid, tr("Give the candidate's id or email address, or select a candidate in the window first."));
        Result<qint64> application = ReportBuilder::findApplication(m_db, m_candidate->text(), openingId);
        if (!application)
            return application.error();
        o.applicationId = *application;
    }
    o.anonymize = m_anonymize->isChecked();
    o.pageSize = m_pageSize->currentIndex() == 1 ? ReportPageSize::Letter : ReportPageSize::A4;
    o.author = m_settings.userName();
    return o;
}

void ReportDialog::saveTo(const QString &path)
{
    start(Save, path);
}

void ReportDialog::preview()
{
    start(Preview);
}

void ReportDialog::start(Action action, const QString &path)
{
    if (m_job->isRunning())
        return;
    Result<ReportOptions> o = options();
    if (!o) {
        showStatus(o.error().message, true);
        return;
    }
    if (m_db.path().isEmpty() || !QFileInfo::exists(m_db.path())) {
        showStatus(tr("Reports read the database file in the background; this database is not a local file."), true);
        return;
    }
    remember();
    m_action = action;
    m_path = path;
    setBusy(true);
    showStatus(tr("Reading the database…"));
    m_job->build(m_db.path(), *o);
}

void ReportDialog::documentReady()
{
    switch (m_action) {
    case Save:
        m_job->savePdf(m_path);
        return;
    case Print: {
        setBusy(false);
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        m_printer->setPageLayout(ReportRenderer::pageLayout(m_job->document().pageSize));
        m_printer->setDocName(ReportPdf::info(m_job->document()).title);
        QPrintDialog dialog(m_printer.get(), this);
        if (dialog.exec() != QDialog::Accepted) {
            showStatus(tr("Printing was cancelled."));
            return;
        }
        setBusy(true);
        m_job->print(m_printer.get());   // the printer is ours until the next print
        return;
    }
    case Preview: {
        setBusy(false);
        auto *printer = new QPrinter(QPrinter::ScreenResolution);
        printer->setResolution(ReportRenderer::resolution());
        printer->setPageLayout(ReportRenderer::pageLayout(m_job->document().pageSize));
        printer->setDocName(ReportPdf::info(m_job->document()).title);
        auto *dialog = new QPrintPreviewDialog(printer, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Print Preview — %1").arg(ReportPdf::info(m_job->document()).title));
        dialog->resize(900, 1000);
        connect(dialog, &QObject::destroyed, this, [printer] { delete printer; });
        connect(dialog, &QPrintPreviewDialog::paintRequested, this, &ReportDialog::paintPreview);
        dialog->open();
        Q_EMIT previewOpened(dialog);
        return;
    }
    }
}

void ReportDialog::paintPreview(QPrinter *printer)
{
    // The preview (and printing from it) paints here: painting is fast once
    // the content is built (about 2 ms a page); the slow part ran in the job.
    printer->setResolution(ReportRenderer::resolution());
    ReportRenderer renderer(m_job->document(), m_job->charts());
    renderer.paint(*printer);
    showStatus(tr("Preview of %n page(s).", nullptr, renderer.pageCount()));
}

void ReportDialog::cancelWork()
{
    m_job->cancel();
}

bool ReportDialog::isBusy() const
{
    return m_busy;
}

QString ReportDialog::statusText() const
{
    return m_status->text();
}

void ReportDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : {static_cast<QWidget *>(m_previewButton), static_cast<QWidget *>(m_printButton), static_cast<QWidget *>(m_saveButton),
                       static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_opening), static_cast<QWidget *>(m_candidate)})
        w->setEnabled(!busy);
    m_cancelButton->setVisible(busy);
    m_progress->setVisible(busy);
    if (busy)
        m_progress->setRange(0, 0);
}

void ReportDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void ReportDialog::remember()
{
    AppSettings::ReportChoices choices = m_settings.reportChoices();
    const auto kind = ReportKind(m_kind->currentIndex());
    choices.kind = toCode(kind);
    QStringList sections;
    for (int i = 0; i < m_sections->count(); ++i) {
        if (m_sections->item(i)->checkState() == Qt::Checked)
            sections << m_sections->item(i)->data(Qt::UserRole).toString();
    }
    if (m_sections->count() > 0)
        choices.sections.insert(toCode(kind), sections);
    choices.anonymize = m_anonymize->isChecked();
    choices.pageSize = m_pageSize->currentData().toString();
    if (kind == ReportKind::Pipeline)
        choices.period = m_period->currentIndex();
    m_settings.setReportChoices(choices);
}

} // namespace shortlist
