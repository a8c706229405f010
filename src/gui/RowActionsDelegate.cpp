#include "RowActionsDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace sk {

namespace {
constexpr int IconSize = 16;
constexpr int Spacing = 8;
} // namespace

RowActionsDelegate::RowActionsDelegate(QAbstractItemView* view, int column, QList<Action> actions)
    : QStyledItemDelegate(view)
    , m_view(view)
    , m_viewport(view->viewport())
    , m_column(column)
    , m_actions(std::move(actions))
{
    view->setItemDelegateForColumn(column, this);
    view->setMouseTracking(true);
    view->viewport()->installEventFilter(this);
}

QRect RowActionsDelegate::actionRect(const QRect& cellRect, int actionIndex) const
{
    const int count = int(m_actions.size());
    const int right = cellRect.right() - Spacing - (count - 1 - actionIndex) * (IconSize + Spacing);
    return QRect(right - IconSize + 1, cellRect.center().y() - IconSize / 2, IconSize, IconSize);
}

void RowActionsDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (index.row() != m_hoveredRow || index.column() != m_column)
        return;
    const QIcon::Mode mode =
        (option.state & QStyle::State_Selected) ? QIcon::Selected : QIcon::Normal;
    // Give the icons a clean background so they do not sit on top of text.
    const QRect first = actionRect(option.rect, 0);
    QRect area(first.left() - Spacing / 2, option.rect.top(),
               option.rect.right() - first.left() + Spacing / 2 + 1, option.rect.height());
    painter->fillRect(area, option.state & QStyle::State_Selected
                                ? option.palette.brush(QPalette::Highlight)
                                : option.palette.brush(QPalette::Base));
    for (int i = 0; i < m_actions.size(); ++i)
        m_actions.at(i).icon.paint(painter, actionRect(option.rect, i), Qt::AlignCenter, mode);
}

bool RowActionsDelegate::editorEvent(QEvent* event, QAbstractItemModel* model,
                                     const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() == QEvent::MouseButtonRelease && index.column() == m_column) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton) {
            for (int i = 0; i < m_actions.size(); ++i) {
                if (actionRect(option.rect, i).adjusted(-2, -2, 2, 2).contains(mouse->pos())) {
                    Q_EMIT actionTriggered(m_actions.at(i).action, index);
                    return true;
                }
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool RowActionsDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
                                   const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() == QEvent::ToolTip && index.column() == m_column &&
        index.row() == m_hoveredRow) {
        for (int i = 0; i < m_actions.size(); ++i) {
            if (actionRect(option.rect, i).contains(event->pos())) {
                QToolTip::showText(event->globalPos(), m_actions.at(i).toolTip, view);
                return true;
            }
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

bool RowActionsDelegate::eventFilter(QObject* watched, QEvent* event)
{
    // Only the hover events: the viewport also has events while the view is being destroyed,
    // when the view (its QAbstractItemView part already gone) must not be called.
    const bool hover = event->type() == QEvent::MouseMove || event->type() == QEvent::Leave;
    if (hover && watched == m_viewport) {
        const int row = event->type() == QEvent::MouseMove
                            ? m_view->indexAt(static_cast<QMouseEvent*>(event)->pos()).row()
                            : -1;
        if (row != m_hoveredRow) {
            m_hoveredRow = row;
            m_viewport->update();
        }
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

} // namespace sk
