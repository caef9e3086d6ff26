#include "auditlogdialog.h"

#include "dialogs/prompts.h"
#include "formats/auditexport.h"
#include "itemmodels/auditlogmodel.h"
#include "storage/database.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace shortlist {

namespace {

constexpr int codesRole = Qt::UserRole;        // action combo: the codes an entry stands for
constexpr int valueRole = Qt::UserRole;        // person and item combos: the stored value

// The kinds of change people ask an audit log about, as action groups.
struct ActionGroup {
    const char *label;
    QStringList codes;
};

const QList<ActionGroup> &actionGroups()
{
    static const QList<ActionGroup> groups = {
        {QT_TRANSLATE_NOOP("shortlist::AuditLogDialog", "Stage moves"), {QStringLiteral("move"), QStringLiteral("undo-move")}},
        {QT_TRANSLATE_NOOP("shortlist::AuditLogDialog", "Edits"),
         {QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("delete"), QStringLiteral("rename"), QStringLiteral("tag"),
          QStringLiteral("untag"), QStringLiteral("merge"), QStringLiteral("unmerge"), QStringLiteral("amend"), QStringLiteral("consent")}},
        {QT_TRANSLATE_NOOP("shortlist::AuditLogDialog", "Interviews and decisions"),
         {QStringLiteral("schedule"), QStringLiteral("reschedule"), QStringLiteral("cancel"), QStringLiteral("submit"),
          QStringLiteral("save-draft"), QStringLiteral("decide"), QStringLiteral("decide-override")}},
        {QT_TRANSLATE_NOOP("shortlist::AuditLogDialog", "Imports"), {QStringLiteral("import"), QStringLiteral("undo-import")}},
        {QT_TRANSLATE_NOOP("shortlist::AuditLogDialog", "Exports and reports"),
         {QStringLiteral("export"), QStringLiteral("report"), QStringLiteral("backup"), QStringLiteral("restore")}},
        {QT_TRANSLATE_NOOP("shortlist::AuditLogDialog", "Anonymisations"), {QStringLiteral("anonymise"), QStringLiteral("retention-run")}},
        {QT_TRANSLATE_NOOP("shortlist::AuditLogDialog", "Erasures"), {QStringLiteral("erase")}},
    };
    return groups;
}

// Selects the item whose data is `value`; false (and nothing changes) if none.
bool selectData(QComboBox *combo, const QVariant &value, int role)
{
    // No previous choice: never "find" it on a separator, whose data is empty too.
    if (!value.isValid())
        return false;
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i, role) == value) {
            combo->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

} // namespace

AuditLogDialog::AuditLogDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit Log"));
    resize(1040, 620);
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Who did what and when in this database, newest first. Entries name records by number and never hold "
                                "personal data: after an erasure the log shows that it happened, not what was erased. "
                                "Double-click an entry to see everything that happened to its item."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *filters = new QGridLayout;
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(4, 1);
    filters->setColumnMinimumWidth(2, 16);

    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("auditPeriod"));
    m_period->addItem(tr("All time"), int(Period::AllTime));
    m_period->addItem(tr("Today"), int(Period::Today));
    m_period->addItem(tr("Last 7 days"), int(Period::Last7Days));
    m_period->addItem(tr("Last 30 days"), int(Period::Last30Days));
    m_period->addItem(tr("Last 12 months"), int(Period::Last12Months));
    m_period->addItem(tr("Between dates"), int(Period::Custom));
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_from->setCalendarPopup(true);
    m_from->setToolTip(tr("First day"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_to->setCalendarPopup(true);
    m_to->setToolTip(tr("Last day, included"));
    m_toLabel = new QLabel(tr("to"), this);
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_period, 1);
    periodRow->addWidget(m_from);
    periodRow->addWidget(m_toLabel);
    periodRow->addWidget(m_to);
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    filters->addWidget(periodLabel, 0, 0);
    filters->addLayout(periodRow, 0, 1);

    m_actor = new QComboBox(this);
    m_actor->setObjectName(QStringLiteral("auditActor"));
    auto *actorLabel = new QLabel(tr("P&erson:"), this);
    actorLabel->setBuddy(m_actor);
    filters->addWidget(actorLabel, 0, 3);
    filters->addWidget(m_actor, 0, 4);

    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->setMaxVisibleItems(20);
    auto *actionLabel = new QLabel(tr("&Action:"), this);
    actionLabel->setBuddy(m_action);
    filters->addWidget(actionLabel, 1, 0);
    filters->addWidget(m_action, 1, 1);

    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("auditEntity"));
    m_entityId = new QLineEdit(this);
    m_entityId->setObjectName(QStringLiteral("auditEntityId"));
    m_entityId->setPlaceholderText(tr("Number"));
    m_entityId->setToolTip(tr("Only the item with this number"));
    m_entityId->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,18}")), m_entityId));
    m_entityId->setClearButtonEnabled(true);
    m_entityId->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000000")) + 40);
    auto *itemRow = new QHBoxLayout;
    itemRow->addWidget(m_entity, 1);
    itemRow->addWidget(m_entityId);
    auto *itemLabel = new QLabel(tr("&Item:"), this);
    itemLabel->setBuddy(m_entity);
    filters->addWidget(itemLabel, 1, 3);
    filters->addLayout(itemRow, 1, 4);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setPlaceholderText(tr("Words in the details, such as a stage number or a file name"));
    m_search->setClearButtonEnabled(true);
    m_reset = new QPushButton(tr("&Reset Filters"), this);
    m_reset->setObjectName(QStringLiteral("auditReset"));
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_reset);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    filters->addWidget(searchLabel, 2, 0);
    filters->addLayout(searchRow, 2, 1, 1, 4);
    layout->addLayout(filters);

    m_model = new AuditLogModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    const QFontMetrics metrics = fontMetrics();
    const auto widthOf = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 24; };
    m_table->setColumnWidth(AuditLogModel::When, widthOf(AuditLogModel::whenText(QDateTime(QDate(2026, 12, 28), QTime(23, 58)).toSecsSinceEpoch())));
    m_table->setColumnWidth(AuditLogModel::Who, widthOf(QStringLiteral("Hiring Manager Name")));
    m_table->setColumnWidth(AuditLogModel::Action, widthOf(AuditLogModel::actionText(QStringLiteral("decide-override"))));
    m_table->setColumnWidth(AuditLogModel::Item, widthOf(AuditLogModel::itemText(QStringLiteral("application"), 1000000)));
    layout->addWidget(m_table, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("auditMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    bottom->addWidget(m_status, 1);
    m_export = new QPushButton(tr("&Export to CSV…"), this);
    m_export->setObjectName(QStringLiteral("auditExport"));
    m_export->setToolTip(tr("Writes the entries the filters select, newest first; the export is recorded in the audit log."));
    bottom->addWidget(m_export);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    bottom->addWidget(buttons);
    // Return in the search field must neither reset, export nor close.
    for (QPushButton *button : {m_reset, m_export, buttons->button(QDialogButtonBox::Close)})
        button->setAutoDefault(false);
    layout->addLayout(bottom);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);

    setNow({});
    loadChoices();
    periodChanged();

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] { exportCsv(); });
    connect(m_reset, &QPushButton::clicked, this, &AuditLogDialog::resetFilters);
    connect(m_period, &QComboBox::currentIndexChanged, this, &AuditLogDialog::periodChanged);
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &from) {
        if (m_to->date() < from)
            m_to->setDate(from);   // applies through dateChanged below
        else
            applyFilters();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](const QDate &to) {
        if (m_from->date() > to)
            m_from->setDate(to);
        else
            applyFilters();
    });
    for (QComboBox *combo : {m_actor, m_action})
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilters);
    connect(m_entity, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_entityId->setEnabled(index > 0);
        applyFilters();
    });
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_entityId, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &AuditLogDialog::applyFilters);
    connect(m_table, &QTableView::activated, this, &AuditLogDialog::activated);
    connect(m_model, &AuditLogModel::loadFailed, this, [this](const QString &message) { showMessage(message, true); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditLogDialog::updateStatus);

    m_entityId->setEnabled(false);
    m_model->setDatabase(&m_db);
    updateStatus();
}

void AuditLogDialog::setNow(const QDateTime &now)
{
    m_now = now.isValid() ? now : QDateTime::currentDateTime();
    const QDate today = m_now.date();
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->setMaximumDate(today);
    m_to->setMaximumDate(today);
    if (m_period->currentIndex() != int(Period::Custom)) {
        m_from->setDate(today.addDays(-29));
        m_to->setDate(today);
    }
    applyFilters();
}

void AuditLogDialog::loadChoices()
{
    // The people, actions and item types the log holds, keeping what is chosen.
    const QVariant actor = m_actor->currentIndex() > 0 ? m_actor->currentData(valueRole) : QVariant();
    const QVariant actions = m_action->currentData(codesRole);
    const QVariant entity = m_entity->currentIndex() > 0 ? m_entity->currentData(valueRole) : QVariant();
    AuditRepository repository(m_db);
    Result<QStringList> actors = repository.actors();
    Result<QStringList> codes = repository.actions();
    Result<QStringList> entities = repository.entities();
    for (const Error &e : {actors.error(), codes.error(), entities.error()}) {
        if (e) {
            showMessage(e.message, true);
            break;
        }
    }

    const bool wasApplying = m_applying;
    m_applying = true;
    m_actor->clear();
    m_actor->addItem(tr("Everyone"));
    if (actors) {
        for (const QString &name : std::as_const(*actors))
            m_actor->addItem(AuditLogModel::whoText(name), name);
    }
    if (!actor.isValid() || !selectData(m_actor, actor, valueRole))
        m_actor->setCurrentIndex(0);

    m_action->clear();
    m_action->addItem(tr("All actions"), QStringList());
    for (const ActionGroup &group : actionGroups())
        m_action->addItem(tr(group.label), group.codes);
    if (codes && !codes->isEmpty()) {
        m_action->insertSeparator(m_action->count());
        QList<std::pair<QString, QString>> byText;
        for (const QString &code : std::as_const(*codes))
            byText.append({AuditLogModel::actionText(code), code});
        std::sort(byText.begin(), byText.end(), [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
        for (const auto &[text, code] : std::as_const(byText))
            m_action->addItem(text, QStringList{code});
    }
    if (!selectData(m_action, actions, codesRole))
        m_action->setCurrentIndex(0);

    m_entity->clear();
    m_entity->addItem(tr("Any item"));
    if (entities) {
        QList<std::pair<QString, QString>> byText;
        for (const QString &code : std::as_const(*entities))
            byText.append({AuditLogModel::entityText(code), code});
        std::sort(byText.begin(), byText.end(), [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
        for (const auto &[text, code] : std::as_const(byText))
            m_entity->addItem(text, code);
    }
    if (!entity.isValid() || !selectData(m_entity, entity, valueRole))
        m_entity->setCurrentIndex(0);
    m_entityId->setEnabled(m_entity->currentIndex() > 0);
    m_applying = wasApplying;
}

AuditQuery AuditLogDialog::query() const
{
    AuditQuery q;
    const QDate today = m_now.date();
    switch (Period(m_period->currentData().toInt())) {
    case Period::AllTime: break;
    case Period::Today: q.from = today.startOfDay().toSecsSinceEpoch(); break;
    case Period::Last7Days: q.from = today.addDays(-6).startOfDay().toSecsSinceEpoch(); break;
    case Period::Last30Days: q.from = today.addDays(-29).startOfDay().toSecsSinceEpoch(); break;
    case Period::Last12Months: q.from = today.addYears(-1).addDays(1).startOfDay().toSecsSinceEpoch(); break;
    case Period::Custom:
        q.from = m_from->date().startOfDay().toSecsSinceEpoch();
        q.to = m_to->date().addDays(1).startOfDay().toSecsSinceEpoch();
        break;
    }
    if (m_actor->currentIndex() > 0)
        q.actor = m_actor->currentData(valueRole).toString();
    q.actions = m_action->currentData(codesRole).toStringList();
    if (m_entity->currentIndex() > 0) {
        q.entity = m_entity->currentData(valueRole).toString();
        bool ok = false;
        const qint64 id = m_entityId->text().trimmed().toLongLong(&ok);
        if (ok)
            q.entityId = id;
    }
    q.text = m_search->text().trimmed();
    return q;
}

void AuditLogDialog::applyFilters()
{
    if (m_applying)
        return;
    m_searchTimer->stop();
    const AuditQuery q = query();
    if (!(q == m_model->query()))
        m_model->setQuery(q);
    updateStatus();
}

void AuditLogDialog::periodChanged()
{
    const bool custom = m_period->currentIndex() == int(Period::Custom);
    m_from->setVisible(custom);
    m_toLabel->setVisible(custom);
    m_to->setVisible(custom);
    applyFilters();
}

void AuditLogDialog::updateStatus()
{
    if (m_model->lastError()) {
        m_status->setText(tr("The audit log could not be read."));
    } else if (m_model->totalCount() == 0) {
        m_status->setText(m_model->query() == AuditQuery{} ? tr("The audit log is empty.") : tr("No entries match these filters."));
    } else {
        m_status->setText(tr("Entries: %1").arg(QLocale().toString(m_model->totalCount())));
    }
    m_export->setEnabled(m_model->totalCount() > 0);
}

void AuditLogDialog::activated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString entity = index.data(AuditLogModel::EntityRole).toString();
    const QVariant id = index.data(AuditLogModel::EntityIdRole);
    setItem(entity, id.isNull() ? std::nullopt : std::optional<qint64>(id.toLongLong()));
}

void AuditLogDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void AuditLogDialog::setPeriod(Period period)
{
    m_period->setCurrentIndex(int(period));   // applies through periodChanged
}

void AuditLogDialog::setCustomPeriod(const QDate &from, const QDate &to)
{
    m_applying = true;
    m_period->setCurrentIndex(int(Period::Custom));
    m_from->setDate(from);
    m_to->setDate(to);
    m_applying = false;
    periodChanged();
}

bool AuditLogDialog::setActor(const std::optional<QString> &actor)
{
    if (!actor) {
        m_actor->setCurrentIndex(0);
        return true;
    }
    for (int i = 1; i < m_actor->count(); ++i) {
        if (m_actor->itemData(i, valueRole).toString() == *actor) {
            m_actor->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

bool AuditLogDialog::setActionChoice(const QStringList &actions)
{
    return selectData(m_action, actions, codesRole);
}

bool AuditLogDialog::setItem(const QString &entity, std::optional<qint64> entityId)
{
    m_applying = true;
    bool found = entity.isEmpty();
    if (found)
        m_entity->setCurrentIndex(0);
    else
        found = selectData(m_entity, entity, valueRole);
    m_entityId->setText(found && entityId && m_entity->currentIndex() > 0 ? QString::number(*entityId) : QString());
    m_entityId->setEnabled(m_entity->currentIndex() > 0);
    m_applying = false;
    applyFilters();
    return found;
}

void AuditLogDialog::setSearchText(const QString &text)
{
    m_search->setText(text);
    applyFilters();
}

void AuditLogDialog::resetFilters()
{
    m_applying = true;
    m_period->setCurrentIndex(0);
    m_actor->setCurrentIndex(0);
    m_action->setCurrentIndex(0);
    m_entity->setCurrentIndex(0);
    m_entityId->clear();
    m_search->clear();
    m_applying = false;
    showMessage({});
    periodChanged();
}

bool AuditLogDialog::exportCsv()
{
    if (m_model->totalCount() == 0)
        return false;
    const QString suggested = QDir::home().filePath(tr("audit log %1.csv").arg(m_now.date().toString(Qt::ISODate)));
    const QString path = Prompts::saveFileName(this, tr("Export Audit Log"), tr("CSV files (*.csv);;All files (*)"), suggested);
    if (path.isEmpty())
        return false;
    QProgressDialog progress(tr("Exporting to %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 100, this);
    progress.setWindowTitle(tr("Export"));
    progress.setMinimumDuration(500);
    progress.setWindowModality(Qt::WindowModal);
    const auto report = [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 100 / total) : 0);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    // Exactly the entries shown: the model's filters and snapshot.
    AuditQuery shown = m_model->query();
    shown.upToId = m_model->snapshotId();
    Result<AuditExport::Outcome> written = AuditExport(m_db).exportQuery(shown, path, report);
    progress.reset();
    if (!written) {
        if (written.error().code != ErrorCode::Cancelled)
            Prompts::error(this, tr("Cannot export the audit log"), written.error().message, written.error().detail);
        else
            showMessage(written.error().message);
        return false;
    }
    const QString done = tr("Exported to %1 (entries: %2).").arg(QDir::toNativeSeparators(path), QLocale().toString(written->rows));
    if (written->logged) {
        showMessage(done);
        // The export is now in the log: list it (if the filters show it).
        loadChoices();
        m_model->reload();
        updateStatus();
    } else {
        showMessage(done + QLatin1Char(' ') + written->logError.message, true);
    }
    return true;
}

QString AuditLogDialog::statusText() const
{
    return m_status->text();
}

QString AuditLogDialog::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

} // namespace shortlist
