#pragma once

#include "domain/types.h"
#include "repositories/applicationquery.h"

#include <QPersistentModelIndex>
#include <QScrollArea>

#include <vector>

class QLabel;
class QListView;
class QModelIndex;

namespace shortlist {

class ApplicationTableModel;
class CardDelegate;
class Database;

// The opening's pipeline as columns of cards, one per stage of its plan. Each
// column is a QListView over its own lazily paged model (the stage's
// applications, sorted and filtered in SQL) painted by a CardDelegate: an
// opening with 50,000 applications builds a dozen widgets, not 50,000.
// Dropping cards on a column asks for a move (moveRequested); the window
// decides and reloads.
class BoardView : public QScrollArea {
    Q_OBJECT

public:
    explicit BoardView(QWidget *parent = nullptr);
    ~BoardView() override;

    void setDatabase(Database *db);
    // Builds one column per stage; nullptr clears the board.
    void setOpening(const Opening *opening);
    // Search, filter, sort and "include closed" for every column.
    void setQuery(const ApplicationQuery &query);
    // Re-reads every column (after a change), keeping the selection where the
    // selected cards are still loaded.
    void reload();
    void setNow(qint64 secsSinceEpoch);

    QList<qint64> selectedApplicationIds() const;
    qint64 currentApplicationId() const;
    // Selects the card if its column has it loaded; true on success.
    bool selectApplication(qint64 applicationId);
    // J/K: the next or previous card in the current column.
    bool moveCurrent(int delta);
    // Left/right: the same position in the neighbouring column.
    bool moveColumn(int delta);
    void clearSelection();

    // For tests and the benchmark.
    QListView *columnView(qint64 stageId) const;
    ApplicationTableModel *columnModel(qint64 stageId) const;
    QLabel *columnHeader(qint64 stageId) const;
    int columnCount() const { return int(m_columns.size()); }

Q_SIGNALS:
    void currentApplicationChanged(qint64 applicationId, qint64 candidateId);
    void selectionChanged();
    void moveRequested(const QList<qint64> &applicationIds, qint64 stageId);

private:
    struct Column {
        Stage stage;
        QWidget *frame = nullptr;
        QLabel *header = nullptr;
        QListView *view = nullptr;
        QWidget *viewport = nullptr;
        ApplicationTableModel *model = nullptr;
    };
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Dragging cards is handled here, inside the window, rather than by the
    // platform's drag and drop: it behaves the same everywhere (offscreen too)
    // and can name the target column while dragging.
    void startCardDrag(int sourceColumn);
    void updateCardDrag(const QPoint &globalPos);
    void finishCardDrag(const QPoint &globalPos, bool drop);
    int columnAt(const QPoint &globalPos) const;
    void highlightColumn(int column);
    void clearColumns();
    void updateHeader(const Column &column);
    int currentColumn() const;
    void columnCurrentChanged(int column);

    Database *m_db = nullptr;
    ApplicationQuery m_query;
    std::vector<Column> m_columns;
    QWidget *m_strip = nullptr;
    CardDelegate *m_delegate = nullptr;
    int m_current = -1;
    bool m_syncingSelection = false;
    // Card drag in progress.
    int m_pressColumn = -1;
    QPoint m_pressPos;
    QPersistentModelIndex m_pressIndex;
    bool m_dragging = false;
    QList<qint64> m_dragIds;
    QLabel *m_dragLabel = nullptr;
    int m_highlighted = -1;
};

} // namespace shortlist
