#include "retentiondialog.h"

#include "dialogs/prompts.h"
#include "reports/reportbuilder.h"
#include "storage/database.h"

#include <QAbstractTableModel>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace shortlist {

QFuture<Result<PrivacyResult>> runPrivacyWork(Database &db, const std::function<Result<PrivacyResult>(PrivacyRepository &)> &work)
{
    if (db.dialect().kind() != SqlDialect::Kind::Sqlite) {
        PrivacyRepository privacy(db);
        return QtFuture::makeReadyFuture(work(privacy));
    }
    return QtConcurrent::run([path = db.path(), actor = db.actor(), work]() -> Result<PrivacyResult> {
        OpenOptions open;
        open.migrate = false;
        open.quickCheck = false;   // the window's connection checked the file
        open.actor = actor;
        Result<std::unique_ptr<Database>> worker = Database::openSqlite(path, open);
        if (!worker)
            return worker.error();
        PrivacyRepository privacy(**worker);
        return work(privacy);
    });
}

// The preview: who, when they were last active, and why they are due.
class RetentionPreviewModel : public QAbstractTableModel {
public:
    enum Column { Name, LastActivity, Reason, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<RetentionCandidate> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    const QList<RetentionCandidate> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || role != Qt::DisplayRole)
            return {};
        const RetentionCandidate &r = m_rows.at(index.row());
        switch (Column(index.column())) {
        case Name: return r.name;
        case LastActivity: return reporttext::date(QDateTime::fromSecsSinceEpoch(r.lastActivity).date());
        case Reason:
            return r.exitedAt && r.reason == RetentionReason::AfterExit
                       ? RetentionDialog::tr("%1 (ended %2)").arg(displayName(r.reason), reporttext::date(QDateTime::fromSecsSinceEpoch(*r.exitedAt).date()))
                       : displayName(r.reason);
        case ColumnCount: break;
        }
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (Column(section)) {
        case Name: return RetentionDialog::tr("Name");
        case LastActivity: return RetentionDialog::tr("Last activity");
        case Reason: return RetentionDialog::tr("Reason");
        case ColumnCount: break;
        }
        return {};
    }

private:
    QList<RetentionCandidate> m_rows;
};

RetentionDialog::RetentionDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("retentionDialog"));
    setWindowTitle(tr("Retention Policy"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Anonymising removes a candidate's identity — name, contact details, links, notes, attachments, "
                                "free-text evidence — and keeps the statistics: stages, dates, ratings, source. Candidates with an "
                                "active application, or a Keep-until date from today on, are never affected."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    const auto months = [this](const QString &name) {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(name);
        spin->setRange(0, 240);
        spin->setSpecialValueText(tr("Never"));
        spin->setSuffix(tr(" months"));
        spin->setMinimumWidth(spin->fontMetrics().horizontalAdvance(tr("240 months")) + 48);
        connect(spin, &QSpinBox::valueChanged, this, &RetentionDialog::policyEdited);
        return spin;
    };
    m_inactive = months(QStringLiteral("inactiveMonthsSpin"));
    m_inactive->setToolTip(tr("No profile edit, stage move, note, interview, scorecard or decision for this long."));
    form->addRow(tr("Anonymise after no activity for:"), m_inactive);
    m_afterExit = months(QStringLiteral("afterExitMonthsSpin"));
    m_afterExit->setToolTip(tr("Every one of their applications ended, rejected or withdrawn, this long ago."));
    form->addRow(tr("Or after being rejected or withdrawing for:"), m_afterExit);
    m_hired = new QCheckBox(tr("Include hired candidates (usually their file has moved to the employee record)"), this);
    m_hired->setObjectName(QStringLiteral("includeHiredCheck"));
    connect(m_hired, &QCheckBox::toggled, this, &RetentionDialog::policyEdited);
    form->addRow(QString(), m_hired);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("policyProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    m_lastRun = new QLabel(this);
    m_lastRun->setObjectName(QStringLiteral("lastRunLabel"));
    layout->addWidget(m_lastRun);

    m_model = new RetentionPreviewModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("retentionPreview"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(RetentionPreviewModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RetentionPreviewModel::LastActivity, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RetentionPreviewModel::Reason, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("retentionStatus"));
    m_status->setWordWrap(true);
    statusRow->addWidget(m_status, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("retentionProgress"));
    m_progress->setRange(0, 0);   // one transaction: busy, not a percentage
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    statusRow->addWidget(m_progress);
    layout->addLayout(statusRow);

    m_buttons = new QDialogButtonBox(this);
    m_previewButton = m_buttons->addButton(tr("&Preview"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_runButton = m_buttons->addButton(tr("&Run…"), QDialogButtonBox::ActionRole);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_saveButton = m_buttons->addButton(tr("&Save Policy"), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(QStringLiteral("savePolicyButton"));
    m_buttons->addButton(QDialogButtonBox::Close);
    connect(m_previewButton, &QPushButton::clicked, this, &RetentionDialog::preview);
    connect(m_runButton, &QPushButton::clicked, this, [this] { run(); });
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        if (savePolicy())
            setStatus(tr("Saved the retention policy."));
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RetentionDialog::reject);
    layout->addWidget(m_buttons);
    connect(&m_runWatcher, &QFutureWatcherBase::finished, this, &RetentionDialog::runDone);

    Result<RetentionPolicy> stored = PrivacyRepository(m_db).policy();
    m_stored = stored ? *stored : RetentionPolicy{};
    setPolicy(m_stored);
    if (!stored)
        setStatus(stored.error().message, true);
    showLastRun();
    resize(640, 520);
}

RetentionDialog::~RetentionDialog()
{
    // A run's connection is its own; wait so the window reloads after it.
    m_runWatcher.waitForFinished();
}

void RetentionDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Who the stored policy affects, at once: it is read in the background.
    if (!m_shownOnce && !m_previewCurrent && !isBusy()) {
        m_shownOnce = true;
        preview();
    }
}

qint64 RetentionDialog::now() const
{
    return m_now > 0 ? m_now : QDateTime::currentSecsSinceEpoch();
}

RetentionPolicy RetentionDialog::policy() const
{
    return RetentionPolicy{m_inactive->value(), m_afterExit->value(), m_hired->isChecked()};
}

void RetentionDialog::setPolicy(const RetentionPolicy &p)
{
    m_loading = true;
    m_inactive->setValue(p.inactiveMonths);
    m_afterExit->setValue(p.afterExitMonths);
    m_hired->setChecked(p.includeHired);
    m_loading = false;
    policyEdited();
}

QString RetentionDialog::problem() const
{
    const QList<FieldError> problems = PrivacyRepository::validate(policy());
    return problems.isEmpty() ? QString() : problems.first().message;
}

void RetentionDialog::policyEdited()
{
    if (m_loading)
        return;
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    const bool current = m_previewCurrent && m_previewPolicy == policy();
    if (!current && !m_model->rows().isEmpty())
        setStatus(tr("The policy changed: preview again to see whom it affects."));
    else if (!current && !m_previewing)
        setStatus(tr("Preview to see whom the policy would anonymise today."));
    updateButtons();
}

void RetentionDialog::showLastRun()
{
    Result<std::optional<qint64>> last = PrivacyRepository(m_db).lastRun();
    if (!last || !last->has_value())
        m_lastRun->setText(tr("The policy has never been run on this database."));
    else
        m_lastRun->setText(tr("Last run: %1.").arg(reporttext::dateTime(**last)));
}

bool RetentionDialog::isBusy() const
{
    return m_previewing || m_running;
}

const QList<RetentionCandidate> &RetentionDialog::previewed() const
{
    return m_model->rows();
}

QString RetentionDialog::statusText() const
{
    return m_status->text();
}

void RetentionDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void RetentionDialog::updateButtons()
{
    const bool valid = problem().isEmpty();
    const bool current = m_previewCurrent && m_previewPolicy == policy();
    m_previewButton->setEnabled(valid && !m_running);
    m_runButton->setEnabled(valid && current && !isBusy() && !m_db.isReadOnly());
    m_saveButton->setEnabled(valid && !m_running && !m_db.isReadOnly() && policy() != m_stored);
    m_inactive->setEnabled(!m_running);
    m_afterExit->setEnabled(!m_running);
    m_hired->setEnabled(!m_running);
    m_progress->setVisible(isBusy());
    if (QPushButton *close = m_buttons->button(QDialogButtonBox::Close))
        close->setEnabled(!m_running);
}

void RetentionDialog::preview()
{
    if (!problem().isEmpty() || m_running)
        return;
    const RetentionPolicy p = policy();
    const qint64 at = now();
    const int generation = ++m_generation;
    m_previewing = true;
    m_previewPolicy = p;
    m_previewCurrent = false;
    setStatus(tr("Looking for candidates the policy applies to…"));
    updateButtons();
    QFuture<Result<QList<RetentionCandidate>>> future;
    if (m_db.dialect().kind() == SqlDialect::Kind::Sqlite) {
        // A read-only connection of its own: a big file's preview never blocks the window.
        future = QtConcurrent::run([path = m_db.path(), actor = m_db.actor(), p, at]() -> Result<QList<RetentionCandidate>> {
            Result<std::unique_ptr<Database>> reader = Database::openSqliteReader(path, actor);
            if (!reader)
                return reader.error();
            return PrivacyRepository(**reader).preview(p, at);
        });
    } else {
        future = QtFuture::makeReadyFuture(PrivacyRepository(m_db).preview(p, at));
    }
    auto *watcher = new QFutureWatcher<Result<QList<RetentionCandidate>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        previewDone(generation, watcher->result());
    });
    watcher->setFuture(future);
}

void RetentionDialog::previewDone(int generation, const Result<QList<RetentionCandidate>> &result)
{
    if (generation != m_generation)
        return;   // a newer preview is on its way
    m_previewing = false;
    if (!result) {
        m_model->setRows({});
        setStatus(result.error().message, true);
        updateButtons();
        Q_EMIT previewFinished(-1);
        return;
    }
    m_model->setRows(*result);
    m_previewCurrent = true;
    const int count = int(result->size());
    if (count == 0)
        setStatus(tr("Nobody is due: the policy would anonymise no one today. Running it records the run, so the reminder waits "
                     "another %1 days.").arg(PrivacyRepository::reminderDays));
    else
        setStatus(tr("The policy would anonymise %n candidate(s) today.", nullptr, count));
    updateButtons();
    Q_EMIT previewFinished(count);
}

bool RetentionDialog::savePolicy()
{
    if (m_db.isReadOnly() || !problem().isEmpty())
        return false;
    const RetentionPolicy p = policy();
    if (p == m_stored)
        return true;
    if (Error e = PrivacyRepository(m_db).setPolicy(p)) {
        setStatus(e.message, true);
        return false;
    }
    m_stored = p;
    updateButtons();
    return true;
}

bool RetentionDialog::run()
{
    if (isBusy() || m_db.isReadOnly() || !problem().isEmpty() || !m_previewCurrent || m_previewPolicy != policy())
        return false;
    const int count = int(m_model->rows().size());
    const QString question =
        count == 0 ? tr("Nobody is due for anonymisation under this policy. Record a run now, so the reminder waits another %1 days?")
                         .arg(PrivacyRepository::reminderDays)
                   : tr("Anonymise %n candidate(s) now?\n\nTheir names, contact details, links, notes, attachments and free-text "
                        "evidence are removed for good; the statistics stay. This cannot be undone, and backups made before now "
                        "still hold their data.",
                        nullptr, count);
    const QMessageBox::StandardButton answer =
        Prompts::question(this, tr("Run the Retention Policy"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
                          {{QMessageBox::Yes, count == 0 ? tr("Record Run") : tr("Anonymise %n", nullptr, count)}});
    if (answer != QMessageBox::Yes)
        return false;
    if (!savePolicy())
        return false;
    m_running = true;
    setStatus(count == 0 ? tr("Recording the run…") : tr("Anonymising %n candidate(s)…", nullptr, count));
    updateButtons();
    const RetentionPolicy p = policy();
    const qint64 at = now();
    m_runWatcher.setFuture(runPrivacyWork(m_db, [p, at](PrivacyRepository &privacy) { return privacy.apply(p, at, QString()); }));
    return true;
}

void RetentionDialog::runDone()
{
    m_running = false;
    const Result<PrivacyResult> result = m_runWatcher.future().result();
    if (!result) {
        setStatus(tr("Nothing was anonymised: %1").arg(result.error().message), true);
        updateButtons();
        Q_EMIT runFinished(false, PrivacyResult{});
        return;
    }
    const int previewedCount = int(m_model->rows().size());
    QString text = tr("Anonymised %n candidate(s) in one audited run.", nullptr, int(result->count()));
    if (result->count() != previewedCount)
        text += QLatin1Char(' ') + tr("The preview listed %1: the data changed in between.").arg(previewedCount);
    if (result->storagePurgePending)
        text += QLatin1Char(' ') + tr("Another program is reading the database, so old copies of the data stay in the file until it closes; "
                                      "Shortlist clears them then.");
    setStatus(text);
    m_model->setRows({});
    m_previewCurrent = false;
    showLastRun();
    updateButtons();
    Q_EMIT runFinished(true, *result);
}

void RetentionDialog::reject()
{
    if (m_running)
        return;   // one transaction under way: it finishes in moments, then the dialog closes
    QDialog::reject();
}

} // namespace shortlist
