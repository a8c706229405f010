#include "ScopePicker.h"

#include <QCheckBox>
#include <QFrame>
#include <QLabel>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sk {

ScopePicker::ScopePicker(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    m_tabs->setObjectName(QStringLiteral("scopeGroupsTabWidget"));
    m_tabs->setAccessibleName(tr("Scope groups"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void ScopePicker::setCatalog(const Catalog& catalog, const std::optional<QStringList>& offered)
{
    m_catalog = catalog;
    m_boxes.clear();
    m_selectAll.clear();
    while (m_tabs->count() > 0) {
        QWidget* page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    for (const ScopeGroup& group : catalog.groups()) {
        QList<Scope> scopes = catalog.scopesInGroup(group.id);
        if (offered) {
            scopes.removeIf([&](const Scope& s) { return !offered->contains(s.id); });
        }
        if (scopes.isEmpty())
            continue;
        auto* page = new QWidget;
        page->setObjectName(QStringLiteral("scopeGroupPage_%1").arg(group.id));
        auto* pageLayout = new QVBoxLayout(page);

        auto* all = new QCheckBox(tr("Select all"), page);
        all->setObjectName(QStringLiteral("selectAllCheckBox_%1").arg(group.id));
        all->setAccessibleName(tr("Select all %1 scopes").arg(group.name));
        all->setTristate(true);
        pageLayout->addWidget(all);
        m_selectAll.insert(group.id, all);

        auto* line = new QFrame(page);
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Sunken);
        pageLayout->addWidget(line);

        for (const Scope& scope : scopes) {
            auto* box = new QCheckBox(scope.name, page);
            box->setObjectName(QStringLiteral("scopeCheckBox_%1").arg(scope.id));
            box->setAccessibleName(scope.name);
            box->setAccessibleDescription(
                scope.description.isEmpty()
                    ? scope.id
                    : QStringLiteral("%1 (%2)").arg(scope.description, scope.id));
            box->setToolTip(QStringLiteral("<b>%1</b><br>%2")
                                .arg(scope.id.toHtmlEscaped(), scope.description.toHtmlEscaped()));
            pageLayout->addWidget(box);
            if (!scope.description.isEmpty()) {
                auto* description = new QLabel(scope.description, page);
                description->setObjectName(
                    QStringLiteral("scopeDescriptionLabel_%1").arg(scope.id));
                description->setWordWrap(true);
                description->setForegroundRole(QPalette::PlaceholderText);
                description->setContentsMargins(24, 0, 0, 4);
                description->setBuddy(box);
                pageLayout->addWidget(description);
            }
            m_boxes.insert(scope.id, box);
            connect(box, &QCheckBox::toggled, this, [this, groupId = group.id] {
                if (m_updating)
                    return;
                updateSelectAll(groupId);
                Q_EMIT selectionChanged();
            });
        }
        pageLayout->addStretch(1);

        connect(all, &QCheckBox::clicked, this, [this, groupId = group.id, all] {
            // A click on a partly ticked box ticks every scope of the group.
            const bool tick = all->checkState() != Qt::Unchecked;
            m_updating = true;
            for (const Scope& s : offeredInGroup(groupId))
                m_boxes.value(s.id)->setChecked(tick);
            m_updating = false;
            updateSelectAll(groupId);
            Q_EMIT selectionChanged();
        });

        auto* scroll = new QScrollArea;
        scroll->setObjectName(QStringLiteral("scopeGroupScrollArea_%1").arg(group.id));
        scroll->setWidget(page);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        // Tab goes straight to the checkboxes; the area scrolls to the focused one.
        scroll->setFocusPolicy(Qt::NoFocus);
        scroll->setAccessibleName(tr("%1 scopes").arg(group.name));
        m_tabs->addTab(scroll, group.name);
        updateSelectAll(group.id);
    }
    // Widgets made now join their window's focus chain at its end, after its buttons: put the
    // checkboxes right after the group tabs, in the order they show.
    QWidget* previous = m_tabs->tabBar();
    for (int i = 0; i < m_tabs->count(); ++i) {
        for (QCheckBox* box : m_tabs->widget(i)->findChildren<QCheckBox*>()) {
            QWidget::setTabOrder(previous, box);
            previous = box;
        }
    }
}

void ScopePicker::updateSelectAll(const QString& groupId)
{
    QCheckBox* all = m_selectAll.value(groupId);
    if (!all)
        return;
    int ticked = 0;
    const QList<Scope> scopes = offeredInGroup(groupId);
    for (const Scope& s : scopes) {
        if (m_boxes.value(s.id)->isChecked())
            ++ticked;
    }
    const QSignalBlocker blocker(all);
    all->setCheckState(ticked == 0               ? Qt::Unchecked
                       : ticked == scopes.size() ? Qt::Checked
                                                 : Qt::PartiallyChecked);
}

QList<Scope> ScopePicker::offeredInGroup(const QString& groupId) const
{
    QList<Scope> scopes = m_catalog.scopesInGroup(groupId);
    scopes.removeIf([this](const Scope& s) { return !m_boxes.contains(s.id); });
    return scopes;
}

void ScopePicker::setSelectedScopes(const QStringList& scopes)
{
    m_updating = true;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        it.value()->setChecked(scopes.contains(it.key()));
    m_updating = false;
    for (const ScopeGroup& group : m_catalog.groups())
        updateSelectAll(group.id);
    Q_EMIT selectionChanged();
}

QStringList ScopePicker::selectedScopes() const
{
    QStringList result;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        if (it.value()->isChecked())
            result << it.key();
    }
    result.sort();
    return result;
}

QCheckBox* ScopePicker::checkBox(const QString& scopeId) const
{
    return m_boxes.value(scopeId);
}

void ScopePicker::focusFirstScope()
{
    QWidget* page = m_tabs->currentWidget();
    if (!page)
        return;
    for (QCheckBox* box : page->findChildren<QCheckBox*>()) {
        if (box->objectName().startsWith(QLatin1String("scopeCheckBox_"))) {
            box->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

QCheckBox* ScopePicker::selectAllCheckBox(const QString& groupId) const
{
    return m_selectAll.value(groupId);
}

} // namespace sk
