// Scopekeeper console: keeps what a person sees of a table while its rows are reloaded.
//
// A page's model answers a reload (F5, the automatic refresh, a change in the store) with a
// reset. Without help a view then forgets its selection, its current row and where it was
// scrolled to. This keeps them: the selected and current rows by the id in `idRole` (rows
// whose id is gone stay unselected), and the scroll position.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QVariant>

class QAbstractItemModel;
class QAbstractItemView;

namespace sk {

class ViewStateKeeper : public QObject
{
    Q_OBJECT

public:
    /// `source` is the model whose reset is a reload (the view may show it through proxies).
    ViewStateKeeper(QAbstractItemView* view, QAbstractItemModel* source, int idRole);

private:
    void save();
    void restore();

    QPointer<QAbstractItemView> m_view;
    int m_idRole;
    QList<QVariant> m_selected;
    QVariant m_current;
    int m_currentColumn = 0;
    int m_vertical = 0;
    int m_horizontal = 0;
    bool m_saved = false;
};

} // namespace sk
