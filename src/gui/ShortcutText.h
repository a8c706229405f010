// Scopekeeper console: a keyboard shortcut as the platform writes it ("Ctrl+N", "⌘N").
#pragma once

#include <QKeySequence>
#include <QString>

namespace sk {

inline QString shortcutText(const QKeySequence& keys)
{
    return keys.toString(QKeySequence::NativeText);
}

/// The platform's first binding of a standard shortcut (e.g. Delete: "Del", or "⌫" on a Mac).
inline QString shortcutText(QKeySequence::StandardKey key)
{
    const QList<QKeySequence> bindings = QKeySequence::keyBindings(key);
    return bindings.isEmpty() ? QString() : shortcutText(bindings.first());
}

} // namespace sk
