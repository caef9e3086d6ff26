#include "pipelineview.h"

#include "boardview.h"
#include "itemmodels/applicationtablemodel.h"
#include "repositories/applicationrepository.h"
#include "storage/database.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace shortlist {

namespace {
constexpr int searchQuietMs = 120;  // typing faster than this is coalesced
}

PipelineView::PipelineView(QWidget *parent)
    : QWidget(parent)
    , m_table(new ApplicationTableModel(this))
{
    setObjectName(QStringLiteral("pipelineView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);

    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search names, emails, titles, skills, tags, notes  ( / )"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 1);
    m_filterButton = new QToolButton(this);
    m_filterButton->setObjectName(QStringLiteral("filterButton"));
    m_filterButton->setText(tr("&Filter…"));
    m_filterButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addWidget(m_filterButton);
    m_tableButton = new QToolButton(this);
    m_tableButton->setObjectName(QStringLiteral("tableModeButton"));
    m_tableButton->setText(tr("Table"));
    m_tableButton->setCheckable(true);
    m_tableButton->setChecked(true);
    m_boardButton = new QToolButton(this);
    m_boardButton->setObjectName(QStringLiteral("boardModeButton"));
    m_boardButton->setText(tr("Board"));
    m_boardButton->setCheckable(true);
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_tableButton);
    modes->addButton(m_boardButton);
    modes->setExclusive(true);
    bar->addSpacing(8);
    bar->addWidget(m_tableButton);
    bar->addWidget(m_boardButton);
    layout->addLayout(bar);

    auto *filterBar = new QHBoxLayout;
    m_showClosed = new QCheckBox(tr("Show &hired, rejected and withdrawn"), this);
    m_showClosed->setObjectName(QStringLiteral("showClosedCheck"));
    filterBar->addWidget(m_showClosed);
    filterBar->addSpacing(12);
    m_filterSummary = new QLabel(this);
    m_filterSummary->setObjectName(QStringLiteral("filterSummary"));
    m_filterSummary->setTextFormat(Qt::PlainText);
    filterBar->addWidget(m_filterSummary, 1);
    m_clearFilterButton = new QToolButton(this);
    m_clearFilterButton->setObjectName(QStringLiteral("clearFilterButton"));
    m_clearFilterButton->setText(tr("Clear filter"));
    m_clearFilterButton->setAutoRaise(true);
    filterBar->addWidget(m_clearFilterButton);
    layout->addLayout(filterBar);

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);
    m_emptyState = new QLabel(m_stack);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_stack->addWidget(m_emptyState);

    m_tableView = new QTableView(m_stack);
    m_tableView->setObjectName(QStringLiteral("applicationView"));
    m_tableView->setModel(m_table);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(ApplicationTableModel::DaysInStage, Qt::DescendingOrder);
    m_tableView->setWordWrap(false);
    m_tableView->setAlternatingRowColors(true);
    // Fixed row heights: a view over a million rows must never measure them.
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 8);
    QHeaderView *header = m_tableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSectionsMovable(true);
    m_tableView->setColumnWidth(ApplicationTableModel::Name, 180);
    m_tableView->setColumnWidth(ApplicationTableModel::Stage, 170);
    m_tableView->setColumnWidth(ApplicationTableModel::DaysInStage, 100);
    m_tableView->setColumnWidth(ApplicationTableModel::Match, 70);
    m_tableView->setColumnWidth(ApplicationTableModel::Years, 60);
    m_tableView->setColumnWidth(ApplicationTableModel::Source, 110);
    m_stack->addWidget(m_tableView);

    m_board = new BoardView(m_stack);
    m_stack->addWidget(m_board);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchQuietMs);
    connect(m_searchTimer, &QTimer::timeout, this, &PipelineView::applySearch);
    // The first keystroke after a pause searches at once; a burst is coalesced.
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (!m_searchTimer->isActive() && QDateTime::currentMSecsSinceEpoch() - m_lastSearchAt > searchQuietMs)
            applySearch();
        else
            m_searchTimer->start();
    });
    connect(m_filterButton, &QToolButton::clicked, this, &PipelineView::filterRequested);
    connect(m_clearFilterButton, &QToolButton::clicked, this, [this] { setFilter({}); });
    connect(m_showClosed, &QCheckBox::toggled, this, [this](bool on) {
        m_query.includeClosed = on;
        refresh();
    });
    connect(m_tableButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setMode(Mode::Table);
    });
    connect(m_boardButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setMode(Mode::Board);
    });
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this] {
        m_query.sort = m_table->query().sort;
        m_query.order = m_table->query().order;
        if (m_mode == Mode::Board)
            m_board->setQuery(m_query);
        Q_EMIT queryChanged();
    });
    connect(header, &QHeaderView::customContextMenuRequested, this, &PipelineView::showHeaderMenu);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PipelineView::tableCurrentChanged);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PipelineView::selectionChanged);
    connect(m_board, &BoardView::currentApplicationChanged, this, &PipelineView::currentApplicationChanged);
    connect(m_board, &BoardView::selectionChanged, this, &PipelineView::selectionChanged);
    connect(m_board, &BoardView::moveRequested, this, &PipelineView::moveRequested);
    updateFilterBar();
    updateEmptyState();
}

PipelineView::~PipelineView() = default;

void PipelineView::setDatabase(Database *db)
{
    m_db = db;
    m_opening.reset();
    m_table->setDatabase(db);
    m_board->setDatabase(db);
    m_query.openingId = 0;
    updateEmptyState();
}

void PipelineView::setOpening(const Opening *opening, bool anyOpenings)
{
    m_anyOpenings = anyOpenings;
    if (opening)
        m_opening = *opening;
    else
        m_opening.reset();
    m_query.openingId = opening ? opening->id : 0;
    m_query.stageId = 0;
    // Search and filter carry over: stages are filtered by name, so openings
    // from the same template share their stage conditions.
    m_board->setOpening(m_mode == Mode::Board ? opening : nullptr);
    refresh();
}

void PipelineView::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    const qint64 current = currentApplicationId();
    m_mode = mode;
    {
        const QSignalBlocker a(m_tableButton);
        const QSignalBlocker b(m_boardButton);
        m_tableButton->setChecked(mode == Mode::Table);
        m_boardButton->setChecked(mode == Mode::Board);
    }
    if (mode == Mode::Board)
        m_board->setOpening(m_opening ? &*m_opening : nullptr);
    refresh();
    if (current > 0)
        selectApplication(current);
    Q_EMIT modeChanged(mode);
}

bool PipelineView::includeClosed() const
{
    return m_query.includeClosed;
}

void PipelineView::setIncludeClosed(bool include)
{
    m_showClosed->setChecked(include);
}

QString PipelineView::searchText() const
{
    return m_search->text();
}

void PipelineView::setSearchText(const QString &text)
{
    m_searchTimer->stop();
    {
        const QSignalBlocker blocker(m_search);
        m_search->setText(text);
    }
    applySearch();
}

void PipelineView::applySearch()
{
    m_searchTimer->stop();
    m_lastSearchAt = QDateTime::currentMSecsSinceEpoch();
    const bool had = m_query.hasSearch();
    m_query.searchText = m_search->text();
    // A new search ranks by relevance; clearing it goes back to days in stage.
    if (m_query.hasSearch() && !had) {
        m_query.sort = ApplicationSort::Relevance;
        m_query.order = Qt::DescendingOrder;
    } else if (!m_query.hasSearch() && m_query.sort == ApplicationSort::Relevance) {
        m_query.sort = ApplicationSort::DaysInStage;
        m_query.order = Qt::DescendingOrder;
    }
    refresh();
}

void PipelineView::setFilter(const FilterGroup &filter)
{
    m_query.filter = filter;
    refresh();
}

ApplicationQuery PipelineView::query() const
{
    return m_query;
}

void PipelineView::applyQuery(const ApplicationQuery &query, const QList<int> &hiddenColumns)
{
    const qint64 opening = m_query.openingId;
    m_query = query;
    m_query.openingId = opening;
    m_query.stageId = 0;
    {
        const QSignalBlocker a(m_search);
        const QSignalBlocker b(m_showClosed);
        m_search->setText(query.searchText);
        m_showClosed->setChecked(query.includeClosed);
    }
    QHeaderView *header = m_tableView->horizontalHeader();
    for (int c = 0; c < ApplicationTableModel::ColumnCount; ++c)
        header->setSectionHidden(c, hiddenColumns.contains(c) && c != ApplicationTableModel::Name);
    refresh();
}

QList<int> PipelineView::hiddenColumns() const
{
    QList<int> hidden;
    for (int c = 0; c < ApplicationTableModel::ColumnCount; ++c) {
        if (m_tableView->horizontalHeader()->isSectionHidden(c))
            hidden << c;
    }
    return hidden;
}

void PipelineView::refresh()
{
    if (m_mode == Mode::Table) {
        const QSignalBlocker blocker(m_tableView->selectionModel());
        m_table->setQuery(m_query);
        const int column = m_table->sortColumn();
        const QSignalBlocker headerBlocker(m_tableView->horizontalHeader());
        m_tableView->horizontalHeader()->setSortIndicatorShown(column >= 0);
        if (column >= 0)
            m_tableView->horizontalHeader()->setSortIndicator(column, m_query.order);
    } else {
        m_board->setQuery(m_query);
    }
    if (Error e = m_table->lastError(); e && m_mode == Mode::Table)
        m_emptyState->setText(e.message);
    updateFilterBar();
    updateEmptyState();
    Q_EMIT queryChanged();
    Q_EMIT selectionChanged();
    if (m_mode == Mode::Table) {
        if (m_table->rowCount() > 0)
            m_tableView->selectRow(0);
        else
            Q_EMIT currentApplicationChanged(0, 0);
    } else if (!m_board->moveCurrent(0)) {
        Q_EMIT currentApplicationChanged(0, 0);
    }
}

void PipelineView::updateFilterBar()
{
    const bool filtered = !m_query.filter.isEmpty();
    m_filterSummary->setText(filtered ? tr("Filter: %1").arg(ApplicationFilter::describe(m_query.filter)) : QString());
    m_filterSummary->setToolTip(m_filterSummary->text());
    m_clearFilterButton->setVisible(filtered);
    m_filterButton->setText(filtered ? tr("&Filter (on)…") : tr("&Filter…"));
    const bool hasOpening = m_opening.has_value();
    m_search->setEnabled(hasOpening);
    m_filterButton->setEnabled(hasOpening);
}

void PipelineView::updateEmptyState()
{
    QString message;
    if (!m_db) {
        message = tr("No database is open.\nUse File › Open Database or File › New Database.");
    } else if (!m_opening) {
        message = m_anyOpenings ? tr("Select an opening on the left.")
                                : tr("No openings yet.\nCreate one with Opening › New Opening: templates bring the "
                                     "stage plan, requirements and scorecard competencies.");
    } else if (m_mode == Mode::Table && m_table->rowCount() == 0) {
        if (Error e = m_table->lastError())
            message = e.message;
        else if (m_query.hasSearch() || !m_query.filter.isEmpty())
            message = tr("Nothing in %1 matches the search and filter.\nPress Esc to clear them.").arg(m_opening->title);
        else if (m_query.includeClosed)
            message = tr("No candidates in %1 yet.\nAdd one with Candidate › Add Candidate.").arg(m_opening->title);
        else
            message = tr("No active candidates in %1.\nAdd one with Candidate › Add Candidate, or tick "
                         "“Show hired, rejected and withdrawn”.").arg(m_opening->title);
    }
    m_emptyState->setText(message);
    QWidget *page = !message.isEmpty() ? static_cast<QWidget *>(m_emptyState)
                  : m_mode == Mode::Board ? static_cast<QWidget *>(m_board)
                                          : static_cast<QWidget *>(m_tableView);
    m_stack->setCurrentWidget(page);
}

void PipelineView::reload(qint64 applicationId)
{
    if (m_mode == Mode::Board) {
        m_board->reload();
        if (applicationId > 0 && m_board->currentApplicationId() != applicationId)
            m_board->selectApplication(applicationId);
        updateEmptyState();
        Q_EMIT queryChanged();
        return;
    }
    const int row = m_tableView->currentIndex().row();
    const QList<qint64> selected = selectedApplicationIds();
    {
        const QSignalBlocker blocker(m_tableView->selectionModel());
        m_table->reload();
        // Re-select what is still on a page near where it was.
        m_table->row(std::max(0, row));
        const int newRow = m_table->loadedRowOf(applicationId);
        if (newRow >= 0)
            m_tableView->selectionModel()->setCurrentIndex(m_table->index(newRow, 0),
                                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        // Keep a multi-selection only if it still includes the application in focus.
        for (qint64 id : selected.contains(applicationId) ? selected : QList<qint64>{}) {
            const int r = m_table->loadedRowOf(id);
            if (r >= 0)
                m_tableView->selectionModel()->select(m_table->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
    updateEmptyState();
    Q_EMIT queryChanged();
    Q_EMIT selectionChanged();
}

qint64 PipelineView::resultCount() const
{
    if (m_mode == Mode::Table)
        return m_table->rowCount();
    qint64 total = 0;
    if (m_opening) {
        for (const Stage &s : m_opening->stages) {
            if (const ApplicationTableModel *m = m_board->columnModel(s.id))
                total += m->rowCount();
        }
    }
    return total;
}

QList<qint64> PipelineView::selectedApplicationIds() const
{
    if (m_mode == Mode::Board)
        return m_board->selectedApplicationIds();
    QList<qint64> ids;
    const QModelIndexList rows = m_tableView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << m_table->data(index, ApplicationTableModel::ApplicationIdRole).toLongLong();
    return ids;
}

QHash<qint64, qint64> PipelineView::selectedStages() const
{
    QHash<qint64, qint64> stages;
    if (m_mode == Mode::Board) {
        if (m_opening) {
            for (const Stage &s : m_opening->stages) {
                const QListView *view = m_board->columnView(s.id);
                const ApplicationTableModel *model = m_board->columnModel(s.id);
                if (!view || !model)
                    continue;
                const QModelIndexList rows = view->selectionModel()->selectedIndexes();
                for (const QModelIndex &index : rows)
                    stages.insert(model->data(index, ApplicationTableModel::ApplicationIdRole).toLongLong(), s.id);
            }
        }
        return stages;
    }
    const QModelIndexList rows = m_tableView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        stages.insert(m_table->data(index, ApplicationTableModel::ApplicationIdRole).toLongLong(),
                      m_table->data(index, ApplicationTableModel::StageIdRole).toLongLong());
    return stages;
}

qint64 PipelineView::currentApplicationId() const
{
    if (m_mode == Mode::Board)
        return m_board->currentApplicationId();
    const QModelIndex current = m_tableView->currentIndex();
    return current.isValid() ? m_table->data(current, ApplicationTableModel::ApplicationIdRole).toLongLong() : 0;
}

void PipelineView::tableCurrentChanged()
{
    const QModelIndex current = m_tableView->currentIndex();
    if (!current.isValid()) {
        Q_EMIT currentApplicationChanged(0, 0);
        return;
    }
    Q_EMIT currentApplicationChanged(m_table->data(current, ApplicationTableModel::ApplicationIdRole).toLongLong(),
                                     m_table->data(current, ApplicationTableModel::CandidateIdRole).toLongLong());
}

bool PipelineView::selectTableRow(int row)
{
    if (m_mode != Mode::Table || row < 0 || row >= m_table->rowCount())
        return false;
    m_tableView->selectRow(row);
    return true;
}

bool PipelineView::selectApplication(qint64 applicationId)
{
    if (m_mode == Mode::Board)
        return m_board->selectApplication(applicationId);
    m_table->row(0);
    const int row = m_table->loadedRowOf(applicationId);
    if (row < 0)
        return false;
    m_tableView->selectRow(row);
    return true;
}

bool PipelineView::moveCurrent(int delta)
{
    if (m_mode == Mode::Board)
        return m_board->moveCurrent(delta);
    const int row = m_tableView->currentIndex().isValid() ? m_tableView->currentIndex().row() + delta : 0;
    if (row < 0 || row >= m_table->rowCount())
        return false;
    m_tableView->setFocus();
    m_tableView->selectRow(row);
    m_tableView->scrollTo(m_table->index(row, 0));
    return true;
}

bool PipelineView::moveColumn(int delta)
{
    return m_mode == Mode::Board && m_board->moveColumn(delta);
}

void PipelineView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool PipelineView::clearOne()
{
    if (!m_search->text().isEmpty()) {
        setSearchText(QString());
        return true;
    }
    if (!m_query.filter.isEmpty()) {
        setFilter({});
        return true;
    }
    if (selectedApplicationIds().size() > 1) {
        const qint64 current = currentApplicationId();
        if (m_mode == Mode::Board) {
            m_board->clearSelection();
            m_board->selectApplication(current);
        } else {
            m_tableView->selectionModel()->clearSelection();
            selectApplication(current);
        }
        return true;
    }
    return false;
}

QByteArray PipelineView::headerState() const
{
    return m_tableView->horizontalHeader()->saveState();
}

void PipelineView::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_tableView->horizontalHeader()->restoreState(state);
    // Older layouts had fewer columns; a new column must not stay hidden at width 0.
    for (int c = 0; c < ApplicationTableModel::ColumnCount; ++c) {
        if (m_tableView->columnWidth(c) == 0 && !m_tableView->isColumnHidden(c))
            m_tableView->setColumnWidth(c, 80);
    }
}

void PipelineView::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    QHeaderView *header = m_tableView->horizontalHeader();
    for (int c = 0; c < ApplicationTableModel::ColumnCount; ++c) {
        QAction *action = menu.addAction(m_table->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        action->setEnabled(c != ApplicationTableModel::Name);
        connect(action, &QAction::toggled, this, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu.exec(header->mapToGlobal(pos));
}

} // namespace shortlist
