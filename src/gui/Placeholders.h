// Scopekeeper console: line edits wide enough for their placeholder text in every language.
#pragma once

#include <QFontMetrics>
#include <QLineEdit>
#include <QWidget>

namespace sk {

/// The width `edit` needs to show its placeholder whole: the text, the frame and margins,
/// and the clear button when it has one.
inline int placeholderWidth(const QLineEdit* edit)
{
    const QFontMetrics metrics(edit->font());
    int width = metrics.horizontalAdvance(edit->placeholderText()) + 16;
    if (edit->isClearButtonEnabled())
        width += metrics.height() + 8;
    return width;
}

/// Gives every line edit under `root` with a placeholder at least the width to show it (a
/// German or French hint is often longer than the English one).
inline void fitPlaceholders(QWidget* root)
{
    for (QLineEdit* edit : root->findChildren<QLineEdit*>()) {
        if (!edit->placeholderText().isEmpty())
            edit->setMinimumWidth(qMax(edit->minimumWidth(), placeholderWidth(edit)));
    }
}

} // namespace sk
