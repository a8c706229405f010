#include "ErrorStyle.h"

#include <QColor>
#include <QPalette>
#include <QWidget>

namespace sk {

void styleAsError(QWidget* widget)
{
    QPalette palette = widget->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    // Both have a contrast of at least 4.5:1 (WCAG AA) on the palettes' usual window colours.
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0, 0x20));
    widget->setPalette(palette);
}

} // namespace sk
