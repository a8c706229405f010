#include "WirePageReader.h"

#include "WireTime.h"

#include <climits>
#include <cstring>

namespace sk::wire {

namespace {

class Reader
{
public:
    explicit Reader(QByteArrayView text)
        : m_p(text.data())
        , m_end(text.data() + text.size())
    {
    }

    bool take(char c)
    {
        space();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }

    bool atEnd()
    {
        space();
        return m_p == m_end;
    }

    /// A member name without escapes, as its bytes.
    bool name(QByteArrayView* out)
    {
        space();
        if (m_p >= m_end || *m_p != '"')
            return false;
        const char* start = ++m_p;
        while (m_p < m_end && *m_p != '"') {
            if (*m_p == '\\' || static_cast<unsigned char>(*m_p) < 0x20)
                return false;
            ++m_p;
        }
        if (m_p >= m_end)
            return false;
        *out = QByteArrayView(start, m_p - start);
        ++m_p;
        return out->isValidUtf8();
    }

    bool string(QString* out)
    {
        space();
        if (m_p >= m_end || *m_p != '"')
            return false;
        const char* start = ++m_p;
        while (m_p < m_end && *m_p != '"' && *m_p != '\\') {
            if (static_cast<unsigned char>(*m_p) < 0x20)
                return false;
            ++m_p;
        }
        if (m_p >= m_end)
            return false;
        if (*m_p == '"') {
            const QByteArrayView raw(start, m_p - start);
            ++m_p;
            if (!raw.isValidUtf8())
                return false;
            *out = QString::fromUtf8(raw);
            return true;
        }
        QByteArray text(start, m_p - start);
        while (true) {
            if (m_p >= m_end)
                return false;
            const char c = *m_p++;
            if (c == '"')
                break;
            if (static_cast<unsigned char>(c) < 0x20)
                return false;
            if (c != '\\') {
                text.append(c);
                continue;
            }
            if (m_p >= m_end)
                return false;
            switch (const char e = *m_p++) {
            case '"':
            case '\\':
            case '/':
                text.append(e);
                break;
            case 'b':
                text.append('\b');
                break;
            case 'f':
                text.append('\f');
                break;
            case 'n':
                text.append('\n');
                break;
            case 'r':
                text.append('\r');
                break;
            case 't':
                text.append('\t');
                break;
            case 'u': {
                char32_t unit = 0;
                if (!hex4(&unit))
                    return false;
                if (unit >= 0xDC00 && unit <= 0xDFFF)
                    return false; // a lone low surrogate
                if (unit >= 0xD800 && unit <= 0xDBFF) {
                    char32_t low = 0;
                    if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                        return false; // a lone high surrogate
                    m_p += 2;
                    if (!hex4(&low) || low < 0xDC00 || low > 0xDFFF)
                        return false;
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                }
                appendUtf8(&text, unit);
                break;
            }
            default:
                return false;
            }
        }
        if (!QByteArrayView(text).isValidUtf8())
            return false;
        *out = QString::fromUtf8(text);
        return true;
    }

    bool null()
    {
        space();
        if (m_end - m_p >= 4 && std::memcmp(m_p, "null", 4) == 0) {
            m_p += 4;
            return true;
        }
        return false;
    }

    bool stringOrNull(QString* out)
    {
        if (null()) {
            out->clear();
            return true;
        }
        return string(out);
    }

    bool timeOrNull(QDateTime* out)
    {
        if (null()) {
            *out = QDateTime();
            return true;
        }
        QByteArrayView raw; // a time has no escapes; one that has is read as a string
        const char* at = m_p;
        if (name(&raw) && raw.isValidUtf8()) {
            *out = timeFromText(raw);
            return true;
        }
        m_p = at;
        QString text;
        if (!string(&text))
            return false;
        *out = timeFromJson(QJsonValue(text));
        return true;
    }

    /// A plain integer of at most 15 digits (exact as a double, as QJsonValue keeps it).
    bool integer(qint64* out)
    {
        space();
        const bool negative = m_p < m_end && *m_p == '-';
        if (negative)
            ++m_p;
        const char* start = m_p;
        qint64 value = 0;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
            if (m_p - start < 15) // more digits are refused below; no overflow meanwhile
                value = value * 10 + (*m_p - '0');
            ++m_p;
        }
        const qsizetype count = m_p - start;
        if (count == 0 || count > 15 || (count > 1 && *start == '0'))
            return false;
        if (m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E'))
            return false;
        *out = negative ? -value : value;
        return true;
    }

    bool strings(QStringList* out)
    {
        out->clear();
        if (null())
            return true;
        if (!take('['))
            return false;
        if (take(']'))
            return true;
        do {
            QString s;
            if (!string(&s))
                return false;
            out->append(s);
        } while (take(','));
        return take(']');
    }

    /// Any JSON value, not kept.
    bool skip(int depth = 0)
    {
        space();
        if (m_p >= m_end || depth > 64)
            return false;
        const char c = *m_p;
        if (c == '"') {
            QString ignored;
            return string(&ignored);
        }
        if (c == '{' || c == '[') {
            const char close = c == '{' ? '}' : ']';
            ++m_p;
            if (take(close))
                return true;
            do {
                if (c == '{') {
                    QByteArrayView ignored;
                    if (!name(&ignored) || !take(':'))
                        return false;
                }
                if (!skip(depth + 1))
                    return false;
            } while (take(','));
            return take(close);
        }
        for (const char* literal : {"true", "false", "null"}) {
            const qsizetype n = qsizetype(std::strlen(literal));
            if (m_end - m_p >= n && std::memcmp(m_p, literal, size_t(n)) == 0) {
                m_p += n;
                return true;
            }
        }
        qint64 ignored = 0;
        return integer(&ignored);
    }

private:
    void space()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    bool hex4(char32_t* out)
    {
        if (m_end - m_p < 4)
            return false;
        char32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = *m_p++;
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= char32_t(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= char32_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= char32_t(c - 'A' + 10);
            else
                return false;
        }
        *out = v;
        return true;
    }

    static void appendUtf8(QByteArray* out, char32_t u)
    {
        if (u < 0x80) {
            out->append(char(u));
        } else if (u < 0x800) {
            out->append(char(0xC0 | (u >> 6)));
            out->append(char(0x80 | (u & 0x3F)));
        } else if (u < 0x10000) {
            out->append(char(0xE0 | (u >> 12)));
            out->append(char(0x80 | ((u >> 6) & 0x3F)));
            out->append(char(0x80 | (u & 0x3F)));
        } else {
            out->append(char(0xF0 | (u >> 18)));
            out->append(char(0x80 | ((u >> 12) & 0x3F)));
            out->append(char(0x80 | ((u >> 6) & 0x3F)));
            out->append(char(0x80 | (u & 0x3F)));
        }
    }

    const char* m_p;
    const char* m_end;
};

/// Reads the members of an object, calling `member(name)` for each; each known name once.
template <typename Member> bool members(Reader& r, Member member)
{
    if (!r.take('{'))
        return false;
    if (r.take('}'))
        return true;
    do {
        QByteArrayView name;
        if (!r.name(&name) || !r.take(':') || !member(name))
            return false;
    } while (r.take(','));
    return r.take('}');
}

/// Whether `bit` was not seen yet (marking it seen): a member given twice is not read here.
bool once(quint32* seen, int bit)
{
    const quint32 mask = 1u << bit;
    if (*seen & mask)
        return false;
    *seen |= mask;
    return true;
}

bool readKey(Reader& r, ApiKey* k)
{
    quint32 seen = 0;
    return members(r, [&r, k, &seen](QByteArrayView n) {
        if (n == "id")
            return once(&seen, 0) && r.stringOrNull(&k->id);
        if (n == "app_id")
            return once(&seen, 1) && r.stringOrNull(&k->appId);
        if (n == "app_name")
            return once(&seen, 2) && r.stringOrNull(&k->appName);
        if (n == "name")
            return once(&seen, 3) && r.stringOrNull(&k->name);
        if (n == "prefix")
            return once(&seen, 4) && r.stringOrNull(&k->prefix);
        if (n == "created_by")
            return once(&seen, 5) && r.stringOrNull(&k->createdBy);
        if (n == "created_at")
            return once(&seen, 6) && r.timeOrNull(&k->createdAt);
        if (n == "expires_at")
            return once(&seen, 7) && r.timeOrNull(&k->expiresAt);
        if (n == "last_used_at")
            return once(&seen, 8) && r.timeOrNull(&k->lastUsedAt);
        if (n == "scopes") { // null: inherited; else an array of strings
            if (!once(&seen, 9))
                return false;
            if (r.null()) {
                k->scopes.reset();
                return true;
            }
            QStringList scopes;
            if (!r.strings(&scopes))
                return false;
            k->scopes = std::move(scopes);
            return true;
        }
        if (n == "stops_at")
            return once(&seen, 10) && r.timeOrNull(&k->stopsAt);
        return r.skip();
    });
}

bool readApp(Reader& r, App* a)
{
    quint32 seen = 0;
    return members(r, [&r, a, &seen](QByteArrayView n) {
        if (n == "id")
            return once(&seen, 0) && r.stringOrNull(&a->id);
        if (n == "name")
            return once(&seen, 1) && r.stringOrNull(&a->name);
        if (n == "scopes")
            return once(&seen, 2) && r.strings(&a->scopes);
        if (n == "created_by")
            return once(&seen, 3) && r.stringOrNull(&a->createdBy);
        if (n == "created_at")
            return once(&seen, 4) && r.timeOrNull(&a->createdAt);
        if (n == "updated_at")
            return once(&seen, 5) && r.timeOrNull(&a->updatedAt);
        if (n == "key_count") {
            qint64 count = 0;
            if (!once(&seen, 6) || !r.integer(&count) || count < INT_MIN || count > INT_MAX)
                return false;
            a->keyCount = int(count);
            return true;
        }
        if (n == "version")
            return once(&seen, 7) && r.integer(&a->version);
        return r.skip();
    });
}

template <typename T, typename ReadOne>
bool readPage(QByteArrayView json, const char* listName, QList<T>* rows, QString* next,
              ReadOne readOne)
{
    Reader r(json);
    quint32 seen = 0;
    const bool read = members(r, [&](QByteArrayView n) {
        if (n == listName) {
            if (!once(&seen, 0) || !r.take('['))
                return false;
            if (r.take(']'))
                return true;
            do {
                T row;
                if (!readOne(r, &row))
                    return false;
                rows->append(std::move(row));
            } while (r.take(','));
            return r.take(']');
        }
        if (n == "next_cursor")
            return once(&seen, 1) && r.stringOrNull(next);
        return r.skip();
    });
    return read && r.atEnd() && (seen & 1u);
}

} // namespace

std::optional<KeysPage> readKeysPage(QByteArrayView json)
{
    KeysPage page;
    page.keys.reserve(1000);
    if (!readPage<ApiKey>(json, "keys", &page.keys, &page.nextCursor, readKey))
        return std::nullopt;
    return page;
}

std::optional<AppsPage> readAppsPage(QByteArrayView json)
{
    AppsPage page;
    if (!readPage<App>(json, "apps", &page.apps, &page.nextCursor, readApp))
        return std::nullopt;
    return page;
}

std::optional<QString> trailingNextCursor(QByteArrayView json)
{
    while (!json.isEmpty() && (json.back() == ' ' || json.back() == '\n' || json.back() == '\r' ||
                               json.back() == '\t'))
        json.chop(1);
    constexpr QByteArrayView Member("],\"next_cursor\":");
    if (json.endsWith(QByteArrayView("null}"))) {
        json.chop(5);
        return json.endsWith(Member) ? std::optional<QString>(QString()) : std::nullopt;
    }
    if (!json.endsWith(QByteArrayView("\"}")))
        return std::nullopt;
    json.chop(2);
    qsizetype start = json.size();
    while (start > 0) {
        const char c = json.at(start - 1);
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
              c == '-' || c == '_'))
            break;
        --start;
    }
    if (start == json.size() || start == 0 || json.at(start - 1) != '"' ||
        !json.first(start - 1).endsWith(Member))
        return std::nullopt;
    return QString::fromLatin1(json.sliced(start));
}

} // namespace sk::wire
