#include "ViewStateKeeper.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QItemSelection>
#include <QItemSelectionModel>
#include <QScrollBar>

namespace sk {

ViewStateKeeper::ViewStateKeeper(QAbstractItemView* view, QAbstractItemModel* source, int idRole)
    : QObject(view)
    , m_view(view)
    , m_idRole(idRole)
{
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, &ViewStateKeeper::save);
    // Connected after the view's proxies: they have reset themselves when this runs.
    connect(source, &QAbstractItemModel::modelReset, this, &ViewStateKeeper::restore);
}

void ViewStateKeeper::save()
{
    m_saved = false;
    if (!m_view || !m_view->model() || !m_view->selectionModel())
        return;
    const QAbstractItemModel* model = m_view->model();
    m_selected.clear();
    for (const QModelIndex& row : m_view->selectionModel()->selectedRows())
        m_selected << model->data(row, m_idRole);
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    m_current = current.isValid() ? model->data(current.siblingAtColumn(0), m_idRole) : QVariant();
    m_currentColumn = current.isValid() ? current.column() : 0;
    m_vertical = m_view->verticalScrollBar()->value();
    m_horizontal = m_view->horizontalScrollBar()->value();
    m_saved = true;
}

void ViewStateKeeper::restore()
{
    if (!m_saved || !m_view || !m_view->model() || !m_view->selectionModel())
        return;
    m_saved = false;
    const QAbstractItemModel* model = m_view->model();
    if (!m_selected.isEmpty() || m_current.isValid()) {
        QItemSelection selection;
        QModelIndex current;
        const int columns = model->columnCount();
        for (int row = 0, rows = model->rowCount(); row < rows; ++row) {
            const QModelIndex first = model->index(row, 0);
            const QVariant id = model->data(first, m_idRole);
            if (m_selected.contains(id))
                selection.select(first, model->index(row, columns - 1));
            if (m_current.isValid() && id == m_current)
                current = model->index(row, qBound(0, m_currentColumn, columns - 1));
        }
        QItemSelectionModel* selectionModel = m_view->selectionModel();
        if (current.isValid())
            selectionModel->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        if (!selection.isEmpty())
            selectionModel->select(selection, QItemSelectionModel::ClearAndSelect);
    }
    // The scroll bars have their new range only once the rows are laid out again.
    m_view->doItemsLayout();
    m_view->verticalScrollBar()->setValue(m_vertical);
    m_view->horizontalScrollBar()->setValue(m_horizontal);
    m_selected.clear();
    m_current = QVariant();
}

} // namespace sk
