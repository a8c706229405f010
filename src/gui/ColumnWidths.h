// Scopekeeper console: the first widths of a table's columns.
#pragma once

#include <QHeaderView>
#include <initializer_list>
#include <utility>

namespace sk {

/// Gives each column its designed width in pixels, or more when its title needs more in the
/// current language (a German title is often longer than the English one).
inline void setColumnWidths(QHeaderView* header,
                            std::initializer_list<std::pair<int, int>> columnWidths)
{
    for (const auto& [column, width] : columnWidths)
        header->resizeSection(column, qMax(width, header->sectionSizeHint(column)));
}

} // namespace sk
