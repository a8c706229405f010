// Scopekeeper console: action icons (Edit, Delete) that appear on the row under the mouse.
//
// The same actions are always reachable without a mouse (buttons, context menu, keys); the
// icons are a shortcut for pointer users.
#pragma once

#include <QIcon>
#include <QList>
#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

class QAbstractItemView;

namespace sk {

class RowActionsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /// What an icon on the row does.
    enum class RowAction
    {
        Edit,  // edit (or, read-only, view) the row's item
        Delete // delete the row's item, after asking
    };
    Q_ENUM(RowAction)

    struct Action
    {
        RowAction action;
        QIcon icon;
        QString toolTip;
    };

    /// Installs itself on `view` for `column` (normally the last one).
    RowActionsDelegate(QAbstractItemView* view, int column, QList<Action> actions);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

    int hoveredRow() const { return m_hoveredRow; }
    /// Where action `actionIndex` is drawn in a cell of `cellRect` (for tests and hit testing).
    QRect actionRect(const QRect& cellRect, int actionIndex) const;

Q_SIGNALS:
    void actionTriggered(sk::RowActionsDelegate::RowAction action, const QModelIndex& index);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAbstractItemView* m_view;
    QWidget* m_viewport; // the view's, whose hover events eventFilter() follows
    int m_column;
    QList<Action> m_actions;
    int m_hoveredRow = -1;
};

} // namespace sk
