#pragma once

#include "domain/types.h"
#include "repositories/applicationquery.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace shortlist {

class ApplicationTableModel;
class BoardView;
class Database;

// The centre of the window: an opening's applications as a table or a board,
// with the search box, the filter and the "show closed" switch that both
// views share. Everything it lists is searched, filtered, sorted and paged in
// SQL. It reports what the user points at; moving is the window's business.
class PipelineView : public QWidget {
    Q_OBJECT

public:
    enum class Mode { Table, Board };

    explicit PipelineView(QWidget *parent = nullptr);
    ~PipelineView() override;

    void setDatabase(Database *db);
    // `anyOpenings` picks the empty-state message when `opening` is null.
    void setOpening(const Opening *opening, bool anyOpenings);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    bool includeClosed() const;
    void setIncludeClosed(bool include);
    QString searchText() const;
    void setSearchText(const QString &text);
    const FilterGroup &filter() const { return m_query.filter; }
    void setFilter(const FilterGroup &filter);
    // The current search, filter, sort and "include closed".
    ApplicationQuery query() const;
    // A saved view: everything at once, one reload.
    void applyQuery(const ApplicationQuery &query, const QList<int> &hiddenColumns);
    QList<int> hiddenColumns() const;

    // Re-reads after a change; keeps `applicationId` selected if it is still listed.
    void reload(qint64 applicationId);
    // Rows (table) or cards (board) the query selects.
    qint64 resultCount() const;

    QList<qint64> selectedApplicationIds() const;
    // Selected applications with the stage each is in (application id -> stage id).
    QHash<qint64, qint64> selectedStages() const;
    qint64 currentApplicationId() const;
    bool selectTableRow(int row);
    bool selectApplication(qint64 applicationId);
    // Keyboard triage: next/previous candidate (J/K), neighbouring column.
    bool moveCurrent(int delta);
    bool moveColumn(int delta);
    void focusSearch();
    // Esc: clears the search, else the filter, else the selection. False if nothing was cleared.
    bool clearOne();

    ApplicationTableModel *tableModel() const { return m_table; }
    QTableView *tableView() const { return m_tableView; }
    BoardView *board() const { return m_board; }
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    void currentApplicationChanged(qint64 applicationId, qint64 candidateId);
    void selectionChanged();
    void moveRequested(const QList<qint64> &applicationIds, qint64 stageId);
    void modeChanged(shortlist::PipelineView::Mode mode);
    void queryChanged();
    void filterRequested();

private:
    void applySearch();
    void refresh();
    void updateFilterBar();
    void updateEmptyState();
    void tableCurrentChanged();
    void showHeaderMenu(const QPoint &pos);

    Database *m_db = nullptr;
    std::optional<Opening> m_opening;
    bool m_anyOpenings = false;
    Mode m_mode = Mode::Table;
    ApplicationQuery m_query;

    ApplicationTableModel *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    qint64 m_lastSearchAt = 0;
    QToolButton *m_filterButton = nullptr;
    QLabel *m_filterSummary = nullptr;
    QToolButton *m_clearFilterButton = nullptr;
    QToolButton *m_tableButton = nullptr;
    QToolButton *m_boardButton = nullptr;
    QCheckBox *m_showClosed = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyState = nullptr;
    QTableView *m_tableView = nullptr;
    BoardView *m_board = nullptr;
};

} // namespace shortlist
