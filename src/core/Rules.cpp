#include "Rules.h"

#include "Fields.h"
#include "Types.h"

#ifdef SCOPEKEEPER_HAVE_ICU
#include <unicode/uspoof.h>
#endif

#include <QLocale>
#include <QSet>
#include <algorithm>

namespace sk {

QString Rules::normalizeName(const QString& name)
{
    return name.trimmed().normalized(QString::NormalizationForm_C);
}

QString Rules::foldName(const QString& normalizedName)
{
    return normalizedName.toCaseFolded();
}

qsizetype Rules::characterCount(const QString& text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

bool Rules::isDefaultIgnorable(char32_t u)
{
    // Unicode's Default_Ignorable_Code_Point property (DerivedCoreProperties.txt, Unicode 15).
    return u == 0x00AD || u == 0x034F || u == 0x061C || u == 0x115F || u == 0x1160 || u == 0x17B4 ||
           u == 0x17B5 || (u >= 0x180B && u <= 0x180F) || (u >= 0x200B && u <= 0x200F) ||
           (u >= 0x202A && u <= 0x202E) || (u >= 0x2060 && u <= 0x206F) || u == 0x3164 ||
           (u >= 0xFE00 && u <= 0xFE0F) || u == 0xFEFF || u == 0xFFA0 ||
           (u >= 0xFFF0 && u <= 0xFFF8) || (u >= 0x1BCA0 && u <= 0x1BCA3) ||
           (u >= 0x1D173 && u <= 0x1D17A) || (u >= 0xE0000 && u <= 0xE0FFF);
}

std::optional<FieldError> Rules::checkName(const QString& name, const QString& what)
{
    const QString field = fields::Name;
    if (name.isEmpty())
        return FieldError{field, tr("%1 must not be empty.").arg(what)};
    const qsizetype length = characterCount(name);
    if (length > MaxNameLength) {
        return FieldError{field, tr("%1 is %2 characters long; at most %3 are allowed.")
                                     .arg(what)
                                     .arg(length)
                                     .arg(MaxNameLength)};
    }
    bool visible = false;
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line ||
            c.category() == QChar::Separator_Paragraph) {
            return FieldError{field, tr("%1 must not contain line breaks, tabs or other control "
                                        "characters.")
                                         .arg(what)};
        }
        // Text-direction overrides make a name read differently from what it is.
        const char16_t u = c.unicode();
        if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069)) {
            return FieldError{
                field, tr("%1 must not contain text-direction control characters.").arg(what)};
        }
        if (!c.isSpace() && c.category() != QChar::Other_Format)
            visible = true;
    }
    // Invisible characters make two names that look the same differ ("Pay\u200Bments"), or
    // one read differently from what it is (U+061C, U+200F).
    // The one exception: the joiner and variation selectors inside an emoji sequence
    // ("\U0001F468\u200D\U0001F4BB"), where they are part of a visible picture.
    const QList<uint> points = name.toUcs4();
    const auto emoji = [](char32_t u) {
        return (u >= 0x1F000 && u <= 0x1FAFF) || (u >= 0x2600 && u <= 0x27BF) ||
               (u >= 0x2B00 && u <= 0x2BFF) || u == 0x2764 || u == 0x00A9 || u == 0x00AE;
    };
    for (qsizetype i = 0; i < points.size(); ++i) {
        const char32_t u = char32_t(points.at(i));
        const char32_t before = i > 0 ? char32_t(points.at(i - 1)) : 0;
        const char32_t after = i + 1 < points.size() ? char32_t(points.at(i + 1)) : 0;
        const bool inEmoji = (u == 0xFE0E || u == 0xFE0F) ? emoji(before)
                             : u == 0x200D ? (emoji(before) || before == 0xFE0F) && emoji(after)
                                           : false;
        if (isDefaultIgnorable(u) && !inEmoji) {
            return FieldError{field, tr("%1 must not contain invisible characters; it holds U+%2.")
                                         .arg(what)
                                         .arg(QString::number(quint32(points.at(i)), 16)
                                                  .toUpper()
                                                  .rightJustified(4, QLatin1Char('0')))};
        }
    }
    if (!visible) {
        // Only spaces and invisible characters (zero-width space, …): it would look blank.
        return FieldError{field, tr("%1 must contain at least one visible character.").arg(what)};
    }
    return std::nullopt;
}

std::optional<FieldError> Rules::checkAppName(const QString& name)
{
    return checkName(name, tr("App name"));
}

std::optional<FieldError> Rules::checkKeyName(const QString& name)
{
    return checkName(name, tr("Key name"));
}

std::optional<FieldError> Rules::checkAdminName(const QString& name)
{
    return checkName(name, tr("Administrator name"));
}

std::optional<FieldError> Rules::checkPageLimit(int limit)
{
    if (limit >= 1 && limit <= PageQuery::MaxRows)
        return std::nullopt;
    return FieldError{fields::Limit, tr("A page holds 1 to %1 rows.").arg(PageQuery::MaxRows)};
}

QStringList Rules::normalizeScopes(const QStringList& scopes)
{
    QStringList result = scopes;
    for (QString& s : result)
        s = s.trimmed();
    result.removeAll(QString());
    result.sort();
    result.removeDuplicates();
    return result;
}

std::optional<FieldError> Rules::checkScopes(const QStringList& scopes, const Catalog& catalog)
{
    const QString field = fields::Scopes;
    const QStringList normalized = normalizeScopes(scopes);
    if (normalized.isEmpty())
        return FieldError{field, tr("Choose at least one scope.")};
    QStringList unknown;
    for (const QString& s : normalized) {
        if (!catalog.contains(s))
            unknown << s;
    }
    if (!unknown.isEmpty()) {
        QStringList quoted;
        for (const QString& id : std::as_const(unknown))
            quoted << tr("“%1”", "a scope id in quotation marks").arg(id);
        //: %1: the catalog's id; %2: one or more scope ids, e.g. “a:b”, “c:d” and “e:f”
        return FieldError{field, tr("Not in this store's scope catalog (%1): %2.")
                                     .arg(catalog.id(), QLocale().createSeparatedList(quoted))};
    }
    return std::nullopt;
}

std::optional<FieldError> Rules::checkKeyScopes(const QStringList& scopes,
                                                const QStringList& appScopes)
{
    const QString field = fields::Scopes;
    const QStringList normalized = normalizeScopes(scopes);
    if (normalized.isEmpty())
        return FieldError{field, tr("Choose at least one scope.")};
    QStringList quoted;
    for (const QString& s : normalized) {
        if (!appScopes.contains(s))
            quoted << tr("“%1”", "a scope id in quotation marks").arg(s);
    }
    if (!quoted.isEmpty()) {
        //: %1: one or more scope ids, e.g. “a:b”, “c:d” and “e:f”
        return FieldError{field, tr("A key may only have scopes of its app; the app does not "
                                    "have %1.")
                                     .arg(QLocale().createSeparatedList(quoted))};
    }
    return std::nullopt;
}

QStringList Rules::effectiveScopes(const std::optional<QStringList>& keyScopes,
                                   const QStringList& appScopes)
{
    // Both lists are kept sorted (App::scopes, ApiKey::scopes): the answer then is too, and an
    // inherited key's is the app's own list, shared rather than copied (the API Keys page makes
    // 100,000 of them).
    QStringList result;
    if (!keyScopes) {
        result = appScopes;
    } else {
        for (const QString& s : *keyScopes) {
            if (appScopes.contains(s))
                result << s;
        }
    }
    if (!std::is_sorted(result.cbegin(), result.cend()))
        result.sort();
    return result;
}

std::optional<FieldError> Rules::checkExpiry(const QDateTime& expiresAt, const QDateTime& createdAt)
{
    const QString field = fields::ExpiresAt;
    if (!expiresAt.isValid())
        return FieldError{field, tr("Choose an expiry date.")};
    if (expiresAt <= createdAt)
        return FieldError{field, tr("The expiry date must be in the future.")};
    const QDateTime latest = latestExpiry(createdAt);
    if (expiresAt > latest) {
        return FieldError{
            field, tr("The expiry date must be at most one year from now (%1 at the "
                      "latest).")
                       .arg(QLocale().toString(latest.toLocalTime().date(), QLocale::LongFormat))};
    }
    return std::nullopt;
}

namespace {

constexpr qint64 DayMs = 24 * 3600 * 1000LL;
constexpr qint64 ExpiresSoonMs = Rules::ExpiresSoonDays * DayMs;

} // namespace

Rules::KeyStatus Rules::keyStatus(const QDateTime& expiresAt, const QDateTime& now,
                                  const QDateTime& stopsAt)
{
    const qint64 left = now.msecsTo(expiresAt);
    if (left <= 0)
        return KeyStatus::Expired;
    if (stopsAt.isValid())
        return now.msecsTo(stopsAt) <= 0 ? KeyStatus::Expired : KeyStatus::Rolling;
    if (left <= ExpiresSoonMs)
        return KeyStatus::ExpiresSoon;
    return KeyStatus::Active;
}

QDateTime Rules::nextKeyStatusChange(const QDateTime& expiresAt, const QDateTime& now,
                                     const QDateTime& stopsAt)
{
    const qint64 left = now.msecsTo(expiresAt);
    if (left <= 0)
        return {};
    if (stopsAt.isValid()) // Rolling until it stops (at the latest when it expires)
        return now.msecsTo(stopsAt) <= 0 ? QDateTime() : qMin(stopsAt, expiresAt);
    // Expires soon once ExpiresSoonMs or less are left, expired when none are.
    return left > ExpiresSoonMs ? expiresAt.addMSecs(-ExpiresSoonMs) : expiresAt;
}

std::optional<FieldError> Rules::checkRollGrace(qint64 graceSeconds)
{
    if (graceSeconds < 0 || graceSeconds > qint64(MaxRollGraceDays) * 24 * 3600) {
        return FieldError{fields::GraceSeconds,
                          tr("The grace must be between 0 (stop the old key at once) and %n "
                             "day(s).",
                             nullptr, MaxRollGraceDays)};
    }
    return std::nullopt;
}

std::optional<FieldError> Rules::checkRollable(const QDateTime& expiresAt, const QDateTime& stopsAt,
                                               const QDateTime& now)
{
    if (now.msecsTo(expiresAt) <= 0)
        return FieldError{fields::ExpiresAt,
                          tr("This key has expired: create a new key instead of rolling it.")};
    if (stopsAt.isValid()) {
        return FieldError{fields::StopsAt,
                          tr("This key is already being rolled: it stops at %1 UTC. Roll the "
                             "key that replaced it instead.")
                              .arg(stopsAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))};
    }
    return std::nullopt;
}

QDateTime Rules::rollStopsAt(const QDateTime& now, qint64 graceSeconds, const QDateTime& expiresAt)
{
    return qMin(now.addSecs(graceSeconds), expiresAt).toUTC();
}

QString Rules::rolledKeyName(const QString& oldName, const QDateTime& now)
{
    const QString date = now.toUTC().date().toString(Qt::ISODate);
    const QString pattern = tr("%1 (rolled %2)");
    QString name = pattern.arg(oldName, date);
    if (characterCount(name) <= MaxNameLength)
        return name;
    // Shorten the old name, by whole characters, until the whole fits.
    const qsizetype over = characterCount(name) - MaxNameLength;
    QList<uint> codePoints = oldName.toUcs4();
    codePoints.resize(qMax<qsizetype>(0, codePoints.size() - over - 1));
    const QString shortened =
        QString::fromUcs4(reinterpret_cast<const char32_t*>(codePoints.constData()),
                          codePoints.size())
            .trimmed() +
        QChar(0x2026);
    return normalizeName(pattern.arg(shortened, date));
}

int Rules::daysUntilExpiry(const QDateTime& expiresAt, const QDateTime& now)
{
    const qint64 left = qMax<qint64>(0, now.msecsTo(expiresAt));
    return int((left + DayMs - 1) / DayMs);
}

bool Rules::expiresWithin(const QDateTime& expiresAt, int days, const QDateTime& now,
                          const QDateTime& stopsAt)
{
    if (days <= 0 || !expiresAt.isValid() || stopsAt.isValid())
        return false;
    const qint64 left = now.msecsTo(expiresAt);
    return left > 0 && left <= qint64(days) * DayMs;
}

QDateTime Rules::staleSince(const QDateTime& lastUsedAt, const QDateTime& createdAt)
{
    return lastUsedAt.isValid() ? lastUsedAt : createdAt;
}

bool Rules::notUsedIn(const QDateTime& lastUsedAt, const QDateTime& createdAt, int days,
                      const QDateTime& now)
{
    const QDateTime since = staleSince(lastUsedAt, createdAt);
    if (!since.isValid())
        return false;
    return since.msecsTo(now) >= qint64(qMax(0, days)) * DayMs;
}

QString Rules::nameSkeleton(const QString& normalizedName)
{
#ifdef SCOPEKEEPER_HAVE_ICU
    // One checker per thread: an ICU checker is not to be used by two threads at once.
    struct Checker
    {
        USpoofChecker* checker = nullptr;
        Checker()
        {
            UErrorCode status = U_ZERO_ERROR;
            checker = uspoof_open(&status);
            if (U_FAILURE(status))
                checker = nullptr;
        }
        ~Checker()
        {
            if (checker)
                uspoof_close(checker);
        }
        Checker(const Checker&) = delete;
        Checker& operator=(const Checker&) = delete;
    };
    thread_local Checker local;
    if (!local.checker || normalizedName.isEmpty())
        return QString();
    const QString folded = foldName(normalizedName);
    const auto* text = reinterpret_cast<const UChar*>(folded.utf16());
    QList<UChar> out(folded.size() * 4 + 16);
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = uspoof_getSkeleton(local.checker, 0, text, int32_t(folded.size()), out.data(),
                                        int32_t(out.size()), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        out.resize(length);
        status = U_ZERO_ERROR;
        length = uspoof_getSkeleton(local.checker, 0, text, int32_t(folded.size()), out.data(),
                                    int32_t(out.size()), &status);
    }
    if (U_FAILURE(status))
        return QString();
    // Folded again: case never tells two names apart.
    return QString(reinterpret_cast<const QChar*>(out.constData()), length).toCaseFolded();
#else
    Q_UNUSED(normalizedName)
    return QString();
#endif
}

FieldError Rules::lookAlikeAppName(const QString& name, const QString& existing)
{
    return FieldError{fields::Name,
                      tr("“%1” looks like the existing app “%2”; choose a name that cannot be "
                         "mistaken for it.")
                          .arg(name, existing)};
}

FieldError Rules::duplicateAppName(const QString& name)
{
    return FieldError{fields::Name, tr("An app named “%1” already exists.").arg(name)};
}

FieldError Rules::duplicateKeyName(const QString& name)
{
    return FieldError{fields::Name, tr("This app already has a key named “%1”.").arg(name)};
}

} // namespace sk
