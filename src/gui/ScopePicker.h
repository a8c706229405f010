// Scopekeeper console: the scope checkboxes, one tab per catalog group, each with a
// "Select all" box.
#pragma once

#include "Catalog.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QCheckBox;
class QTabWidget;

namespace sk {

class ScopePicker : public QWidget
{
    Q_OBJECT

public:
    explicit ScopePicker(QWidget* parent = nullptr);

    /// Builds the tabs and checkboxes for `catalog`; nothing is ticked. With `offered`, only
    /// those of its scopes get a checkbox (a group none of them is in gets no tab).
    void setCatalog(const Catalog& catalog,
                    const std::optional<QStringList>& offered = std::nullopt);
    Catalog catalog() const { return m_catalog; }

    /// Ticks exactly these scopes (ids not in the catalog are ignored).
    void setSelectedScopes(const QStringList& scopes);
    /// The ticked scope ids, sorted.
    QStringList selectedScopes() const;
    /// The checkbox of a scope (object name "scopeCheckBox_<id>"), for tests and focus.
    QCheckBox* checkBox(const QString& scopeId) const;
    /// Gives the focus to the first scope's checkbox of the group shown.
    void focusFirstScope();
    /// The "Select all" box of a group (object name "selectAllCheckBox_<group id>").
    QCheckBox* selectAllCheckBox(const QString& groupId) const;

Q_SIGNALS:
    void selectionChanged();

private:
    void updateSelectAll(const QString& groupId);
    /// The scopes of a group that have a checkbox.
    QList<Scope> offeredInGroup(const QString& groupId) const;

    Catalog m_catalog;
    QTabWidget* m_tabs;
    QHash<QString, QCheckBox*> m_boxes;     // scope id → box
    QHash<QString, QCheckBox*> m_selectAll; // group id → box
    bool m_updating = false;
};

} // namespace sk
