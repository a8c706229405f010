// Scopekeeper models: how every filter field reads what was typed. Words are separated by
// spaces and compared case-folded; a row matches when its search text contains every word.
#pragma once

#include <QString>
#include <QStringList>
#include <algorithm>

namespace sk {

/// The case-folded words of a search ("Risk  MODEL" → "risk", "model").
inline QStringList searchTerms(const QString& text)
{
    return text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

/// Whether `haystack` (already case-folded) contains every one of `terms`.
inline bool containsAllTerms(const QString& haystack, const QStringList& terms)
{
    return std::all_of(terms.cbegin(), terms.cend(),
                       [&](const QString& term) { return haystack.contains(term); });
}

} // namespace sk
