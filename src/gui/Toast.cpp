#include "Toast.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

namespace sk {

Toast::Toast(QWidget* window)
    : QFrame(window)
    , m_label(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("toast"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_ShowWithoutActivating);
    m_label->setObjectName(QStringLiteral("toastLabel"));
    m_label->setForegroundRole(QPalette::ToolTipText);
    m_label->setWordWrap(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_label);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &QObject::deleteLater);
    window->installEventFilter(this);
}

Toast* Toast::show(QWidget* window, const QString& text, int milliseconds)
{
    if (!window)
        return nullptr;
    window = window->window();
    if (Toast* old = current(window)) {
        old->hide();
        old->deleteLater();
        old->setObjectName(QString());
    }
    auto* toast = new Toast(window);
    toast->m_label->setText(text);
    toast->setAccessibleName(text);
    toast->m_label->setAccessibleName(text);
    toast->place();
    toast->QFrame::show();
    toast->raise();
    toast->m_timer->start(milliseconds);
    // Screen readers announce an alert without moving the focus.
    QAccessibleEvent alert(toast, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    return toast;
}

Toast* Toast::current(QWidget* window)
{
    if (!window)
        return nullptr;
    return window->window()->findChild<Toast*>(QStringLiteral("toast"), Qt::FindDirectChildrenOnly);
}

QString Toast::text() const
{
    return m_label->text();
}

void Toast::place()
{
    QWidget* window = parentWidget();
    const int width = qMin(window->width() - 40, 480);
    m_label->setFixedWidth(width - 24);
    adjustSize();
    move((window->width() - this->width()) / 2, window->height() - height() - 36);
}

bool Toast::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    return QFrame::eventFilter(watched, event);
}

} // namespace sk
