// Scopekeeper console: how a problem looks in text (a field's error, an expiry warning).
#pragma once

class QWidget;

namespace sk {

/// Gives `widget`'s text the colour of a problem: a dark red on a light palette, a light red on
/// a dark one (Qt 6.4's palette has no role for it), so that it reads in either mode. Call it
/// again when the palette changes.
void styleAsError(QWidget* widget);

} // namespace sk
