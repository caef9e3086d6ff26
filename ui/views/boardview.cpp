#include "boardview.h"

#include "carddelegate.h"
#include "itemmodels/applicationtablemodel.h"

#include <QApplication>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QMouseEvent>
#include <QScrollBar>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace shortlist {

namespace {
constexpr int columnWidth = 240;
}

BoardView::BoardView(QWidget *parent)
    : QScrollArea(parent)
    , m_delegate(new CardDelegate(this))
{
    setObjectName(QStringLiteral("boardView"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_strip = new QWidget(this);
    auto *layout = new QHBoxLayout(m_strip);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(6);
    layout->addStretch();
    setWidget(m_strip);
}

BoardView::~BoardView() = default;

void BoardView::setDatabase(Database *db)
{
    m_db = db;
    setOpening(nullptr);
}

void BoardView::setNow(qint64 secsSinceEpoch)
{
    m_delegate->setNow(secsSinceEpoch);
    for (const Column &c : m_columns)
        c.model->setNow(secsSinceEpoch);
}

bool BoardView::eventFilter(QObject *watched, QEvent *event)
{
    int column = -1;
    for (int i = 0; i < int(m_columns.size()); ++i) {
        if (m_columns.at(std::size_t(i)).viewport == watched)
            column = i;
    }
    if (column < 0)
        return QScrollArea::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *e = static_cast<QMouseEvent *>(event);
        m_pressColumn = -1;
        if (e->button() != Qt::LeftButton)
            break;
        const QModelIndex index = m_columns.at(std::size_t(column)).view->indexAt(e->position().toPoint());
        if (!index.isValid())
            break;  // empty space: rubber-band selection as usual
        m_pressColumn = column;
        m_pressPos = e->position().toPoint();
        m_pressIndex = index;
        break;
    }
    case QEvent::MouseMove: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (m_dragging) {
            updateCardDrag(e->globalPosition().toPoint());
            return true;
        }
        if (m_pressColumn == column && (e->buttons() & Qt::LeftButton)
            && (e->position().toPoint() - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            startCardDrag(column);
            updateCardDrag(e->globalPosition().toPoint());
            return true;
        }
        break;
    }
    case QEvent::MouseButtonRelease: {
        auto *e = static_cast<QMouseEvent *>(event);
        m_pressColumn = -1;
        if (m_dragging && e->button() == Qt::LeftButton) {
            finishCardDrag(e->globalPosition().toPoint(), true);
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QScrollArea::eventFilter(watched, event);
}

void BoardView::startCardDrag(int sourceColumn)
{
    const Column &c = m_columns.at(std::size_t(sourceColumn));
    QItemSelectionModel *selection = c.view->selectionModel();
    // Dragging a selected card takes the whole selection of its column; an
    // unselected card goes alone.
    if (!m_pressIndex.isValid())
        return;
    if (!selection->isSelected(m_pressIndex))
        selection->setCurrentIndex(m_pressIndex, QItemSelectionModel::ClearAndSelect);
    m_dragIds.clear();
    const QModelIndexList rows = selection->selectedIndexes();
    for (const QModelIndex &index : rows)
        m_dragIds << c.model->data(index, ApplicationTableModel::ApplicationIdRole).toLongLong();
    if (m_dragIds.isEmpty())
        return;
    m_dragging = true;
    const QRect cardRect = c.view->visualRect(m_pressIndex);
    QPixmap card = c.view->viewport()->grab(cardRect);
    m_dragLabel = new QLabel(viewport());
    m_dragLabel->setObjectName(QStringLiteral("cardDragLabel"));
    m_dragLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    if (m_dragIds.size() > 1) {
        m_dragLabel->setText(tr("<b>%n cards</b>", nullptr, int(m_dragIds.size())));
        m_dragLabel->setStyleSheet(QStringLiteral("background: palette(highlight); color: palette(highlighted-text); "
                                                  "padding: 10px; border-radius: 5px;"));
    } else {
        m_dragLabel->setPixmap(card);
    }
    m_dragLabel->adjustSize();
    m_dragLabel->show();
    m_dragLabel->raise();
    setCursor(Qt::ClosedHandCursor);
}

int BoardView::columnAt(const QPoint &globalPos) const
{
    for (int i = 0; i < int(m_columns.size()); ++i) {
        const QWidget *frame = m_columns.at(std::size_t(i)).frame;
        if (frame->rect().contains(frame->mapFromGlobal(globalPos)))
            return i;
    }
    return -1;
}

void BoardView::highlightColumn(int column)
{
    if (column == m_highlighted)
        return;
    if (m_highlighted >= 0 && m_highlighted < int(m_columns.size()))
        m_columns.at(std::size_t(m_highlighted)).view->setStyleSheet({});
    m_highlighted = column;
    if (column >= 0)
        m_columns.at(std::size_t(column)).view->setStyleSheet(QStringLiteral("QListView { border: 2px solid palette(highlight); }"));
}

void BoardView::updateCardDrag(const QPoint &globalPos)
{
    if (!m_dragging)
        return;
    if (m_dragLabel)
        m_dragLabel->move(viewport()->mapFromGlobal(globalPos) + QPoint(8, 8));
    const int target = columnAt(globalPos);
    highlightColumn(target >= 0 && m_columns.at(std::size_t(target)).view != nullptr ? target : -1);
    // Near the edges the board scrolls, so far columns can be reached.
    const QPoint local = viewport()->mapFromGlobal(globalPos);
    if (local.x() < 40)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - 30);
    else if (local.x() > viewport()->width() - 40)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + 30);
}

void BoardView::finishCardDrag(const QPoint &globalPos, bool drop)
{
    const int target = drop ? columnAt(globalPos) : -1;
    const QList<qint64> ids = m_dragIds;
    m_dragging = false;
    m_dragIds.clear();
    delete m_dragLabel;
    m_dragLabel = nullptr;
    highlightColumn(-1);
    unsetCursor();
    if (target < 0 || ids.isEmpty())
        return;
    const Column &c = m_columns.at(std::size_t(target));
    // The same path as a platform drop: the target column's model turns the
    // ids into a move request.
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << m_query.openingId << ids;
    QMimeData mime;
    mime.setData(QString::fromLatin1(ApplicationTableModel::mimeType), bytes);
    c.model->dropMimeData(&mime, Qt::MoveAction, -1, 0, {});
}

void BoardView::clearColumns()
{
    // Detach first: deleting a view sends events through the filter.
    std::vector<Column> old;
    old.swap(m_columns);
    for (Column &c : old) {
        c.viewport->removeEventFilter(this);
        delete c.frame;
    }
    m_current = -1;
}

void BoardView::setOpening(const Opening *opening)
{
    clearColumns();
    m_query.openingId = opening ? opening->id : 0;
    if (!opening || !m_db)
        return;
    auto *layout = static_cast<QHBoxLayout *>(m_strip->layout());
    for (const Stage &stage : opening->stages) {
        Column c;
        c.stage = stage;
        c.frame = new QWidget(m_strip);
        c.frame->setObjectName(QStringLiteral("boardColumn_%1").arg(stage.id));
        c.frame->setFixedWidth(columnWidth);
        auto *v = new QVBoxLayout(c.frame);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        c.header = new QLabel(c.frame);
        c.header->setObjectName(QStringLiteral("boardHeader_%1").arg(stage.id));
        c.header->setTextFormat(Qt::RichText);
        c.header->setContentsMargins(6, 2, 6, 2);
        v->addWidget(c.header);
        c.view = new QListView(c.frame);
        c.view->setObjectName(QStringLiteral("boardList_%1").arg(stage.id));
        c.model = new ApplicationTableModel(c.view);
        c.model->setDatabase(m_db);
        c.view->setModel(c.model);
        c.view->setItemDelegate(m_delegate);
        // Every card the same height: the view lays out 50,000 rows without asking for them.
        c.view->setUniformItemSizes(true);
        c.view->setSelectionMode(QAbstractItemView::ExtendedSelection);
        c.view->setSelectionRectVisible(true);
        // Cards are dragged by eventFilter(); the view still accepts drops of
        // application ids from elsewhere (another Shortlist window).
        c.view->setDragEnabled(false);
        c.view->setAcceptDrops(true);
        c.view->setDragDropMode(QAbstractItemView::DropOnly);
        c.view->setDefaultDropAction(Qt::MoveAction);
        c.viewport = c.view->viewport();
        c.viewport->installEventFilter(this);
        c.view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        c.view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        c.view->setMouseTracking(true);
        c.view->setFrameShape(QFrame::StyledPanel);
        v->addWidget(c.view, 1);
        layout->insertWidget(layout->count() - 1, c.frame);
        m_columns.push_back(c);
    }
    for (int i = 0; i < int(m_columns.size()); ++i) {
        const Column &c = m_columns.at(std::size_t(i));
        connect(c.model, &ApplicationTableModel::dropRequested, this, &BoardView::moveRequested);
        connect(c.view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, i] { columnCurrentChanged(i); });
        connect(c.view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
            if (!m_syncingSelection)
                Q_EMIT selectionChanged();
        });
    }
    setQuery(m_query);
}

void BoardView::setQuery(const ApplicationQuery &query)
{
    m_query = query;
    for (const Column &c : m_columns) {
        ApplicationQuery q = m_query;
        q.stageId = c.stage.id;
        c.model->setQuery(q);
        updateHeader(c);
    }
}

void BoardView::updateHeader(const Column &c)
{
    const int count = c.model->rowCount();
    QString note;
    if (!m_query.includeClosed && (isExit(c.stage.category) || c.stage.category == StageCategory::Hired))
        note = tr("<br><small>Drop cards here. Tick “Show hired, rejected and withdrawn” to list them.</small>");
    c.header->setText(tr("<b>%1</b> &nbsp;<span style='color:gray'>%L2</span>%3").arg(c.stage.name.toHtmlEscaped()).arg(count).arg(note));
    c.header->setWordWrap(true);
    c.header->setToolTip(c.stage.stallDays > 0 ? tr("Cards in “%1” stall after %n day(s).", nullptr, c.stage.stallDays).arg(c.stage.name)
                                              : QString());
}

void BoardView::reload()
{
    const QList<qint64> selected = selectedApplicationIds();
    const qint64 current = currentApplicationId();
    const int currentColumnIndex = m_current;
    m_syncingSelection = true;
    for (const Column &c : m_columns) {
        const QSignalBlocker blocker(c.view->selectionModel());
        c.model->reload();
        updateHeader(c);
    }
    // Reselect what is still on the loaded pages.
    for (const Column &c : m_columns) {
        const QSignalBlocker blocker(c.view->selectionModel());
        c.model->row(0);  // the first page, where loadedRowOf() looks
        for (qint64 id : selected) {
            const int row = c.model->loadedRowOf(id);
            if (row >= 0)
                c.view->selectionModel()->select(c.model->index(row, 0), QItemSelectionModel::Select);
        }
        const int row = c.model->loadedRowOf(current);
        if (row >= 0)
            c.view->selectionModel()->setCurrentIndex(c.model->index(row, 0), QItemSelectionModel::NoUpdate);
    }
    m_syncingSelection = false;
    m_current = currentColumnIndex < int(m_columns.size()) ? currentColumnIndex : -1;
    Q_EMIT selectionChanged();
}

QList<qint64> BoardView::selectedApplicationIds() const
{
    QList<qint64> ids;
    for (const Column &c : m_columns) {
        const QModelIndexList rows = c.view->selectionModel()->selectedIndexes();
        for (const QModelIndex &index : rows)
            ids << c.model->data(index, ApplicationTableModel::ApplicationIdRole).toLongLong();
    }
    return ids;
}

int BoardView::currentColumn() const
{
    return m_current >= 0 && m_current < int(m_columns.size()) ? m_current : -1;
}

qint64 BoardView::currentApplicationId() const
{
    const int column = currentColumn();
    if (column < 0)
        return 0;
    const Column &c = m_columns.at(std::size_t(column));
    const QModelIndex index = c.view->currentIndex();
    return index.isValid() ? c.model->data(index, ApplicationTableModel::ApplicationIdRole).toLongLong() : 0;
}

void BoardView::columnCurrentChanged(int column)
{
    if (m_syncingSelection)
        return;
    const Column &c = m_columns.at(std::size_t(column));
    const QModelIndex index = c.view->currentIndex();
    if (!index.isValid())
        return;
    // A plain click starts a new selection: clear the other columns, as one list would.
    const Qt::KeyboardModifiers mods = QApplication::keyboardModifiers();
    if (!(mods & (Qt::ControlModifier | Qt::ShiftModifier))) {
        m_syncingSelection = true;
        for (int i = 0; i < int(m_columns.size()); ++i) {
            if (i != column)
                m_columns.at(std::size_t(i)).view->selectionModel()->clearSelection();
        }
        m_syncingSelection = false;
    }
    m_current = column;
    Q_EMIT currentApplicationChanged(c.model->data(index, ApplicationTableModel::ApplicationIdRole).toLongLong(),
                                     c.model->data(index, ApplicationTableModel::CandidateIdRole).toLongLong());
}

bool BoardView::selectApplication(qint64 applicationId)
{
    for (int i = 0; i < int(m_columns.size()); ++i) {
        const Column &c = m_columns.at(std::size_t(i));
        c.model->row(0);
        const int row = c.model->loadedRowOf(applicationId);
        if (row < 0)
            continue;
        const QModelIndex index = c.model->index(row, 0);
        c.view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        c.view->scrollTo(index);
        c.view->setFocus();
        m_current = i;
        return true;
    }
    return false;
}

bool BoardView::moveCurrent(int delta)
{
    int column = currentColumn();
    if (column < 0) {
        // Nothing current yet: start at the first column with cards.
        for (int i = 0; i < int(m_columns.size()); ++i) {
            if (m_columns.at(std::size_t(i)).model->rowCount() > 0) {
                column = i;
                break;
            }
        }
        if (column < 0)
            return false;
        const Column &c = m_columns.at(std::size_t(column));
        c.view->setFocus();
        c.view->selectionModel()->setCurrentIndex(c.model->index(0, 0), QItemSelectionModel::ClearAndSelect);
        return true;
    }
    const Column &c = m_columns.at(std::size_t(column));
    const int row = c.view->currentIndex().row() + delta;
    if (row < 0 || row >= c.model->rowCount())
        return false;
    const QModelIndex index = c.model->index(row, 0);
    c.view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    c.view->scrollTo(index);
    c.view->setFocus();
    return true;
}

bool BoardView::moveColumn(int delta)
{
    const int from = std::max(0, currentColumn());
    const int row = currentColumn() >= 0 ? m_columns.at(std::size_t(from)).view->currentIndex().row() : 0;
    for (int i = from + delta; i >= 0 && i < int(m_columns.size()); i += delta) {
        const Column &c = m_columns.at(std::size_t(i));
        if (c.model->rowCount() == 0)
            continue;
        const QModelIndex index = c.model->index(std::min(std::max(row, 0), c.model->rowCount() - 1), 0);
        c.view->setFocus();
        c.view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        c.view->scrollTo(index);
        ensureWidgetVisible(c.frame);
        return true;
    }
    return false;
}

void BoardView::clearSelection()
{
    for (const Column &c : m_columns)
        c.view->selectionModel()->clearSelection();
}

QListView *BoardView::columnView(qint64 stageId) const
{
    for (const Column &c : m_columns) {
        if (c.stage.id == stageId)
            return c.view;
    }
    return nullptr;
}

ApplicationTableModel *BoardView::columnModel(qint64 stageId) const
{
    for (const Column &c : m_columns) {
        if (c.stage.id == stageId)
            return c.model;
    }
    return nullptr;
}

QLabel *BoardView::columnHeader(qint64 stageId) const
{
    for (const Column &c : m_columns) {
        if (c.stage.id == stageId)
            return c.header;
    }
    return nullptr;
}

} // namespace shortlist
