#include "inventory_io/PythonLiteral.h"

#include <QLocale>
#include <algorithm>
#include <limits>
#include <optional>

namespace opsdeck::python_literal {

namespace {

// Recursive descent over the part of Python's expression grammar that ast.literal_eval accepts.
// Every parse function returns nullopt when the text is not such a literal.
class LiteralParser
{
public:
    explicit LiteralParser(const QString& text) : m_s(text) {}

    std::optional<QVariant> parseAll()
    {
        skipSpace();
        auto first = item();
        if (!first)
            return std::nullopt;
        skipSpace();
        if (peek() != u',')
            return atEnd() ? first : std::nullopt;
        // A bare tuple: `80, 443`.
        QVariantList items{*first};
        while (peek() == u',') {
            ++m_pos;
            skipSpace();
            if (atEnd())
                break;
            auto next = item();
            if (!next)
                return std::nullopt;
            items.append(*next);
            skipSpace();
        }
        return atEnd() ? std::optional<QVariant>(items) : std::nullopt;
    }

private:
    static constexpr int maxDepth = 64;

    QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_s.size() ? m_s[m_pos + ahead] : QChar();
    }
    bool atEnd() const { return m_pos >= m_s.size(); }

    // Spaces, tabs, form feeds and a comment to the end of the text.
    void skipSpace()
    {
        while (!atEnd()) {
            const QChar c = peek();
            if (c == u' ' || c == u'\t' || c == u'\f') {
                ++m_pos;
            } else if (c == u'#') {
                m_pos = m_s.size();
            } else {
                break;
            }
        }
    }

    static bool isNameChar(QChar c) { return c.isLetterOrNumber() || c == u'_'; }

    // The value of an ASCII digit or hex letter; 99 for anything else.
    static int digitValue(QChar c)
    {
        if (c >= u'0' && c <= u'9')
            return c.unicode() - '0';
        const QChar l = c.toLower();
        if (l >= u'a' && l <= u'f')
            return l.unicode() - 'a' + 10;
        return 99;
    }

    std::optional<QVariant> item()
    {
        if (++m_depth > maxDepth)
            return std::nullopt;
        auto v = signedItem();
        --m_depth;
        return v;
    }

    std::optional<QVariant> signedItem()
    {
        const QChar c = peek();
        if (c != u'-' && c != u'+')
            return atom();
        ++m_pos;
        skipSpace();
        auto v = atom();
        // literal_eval takes one sign on a number (`-(1)` too), nothing else.
        if (!v || (v->typeId() != QMetaType::LongLong && v->typeId() != QMetaType::Double))
            return std::nullopt;
        if (c == u'+')
            return v;
        if (v->typeId() == QMetaType::Double)
            return QVariant(-v->toDouble());
        if (v->toLongLong() == std::numeric_limits<qlonglong>::min())
            return std::nullopt;
        return QVariant(-v->toLongLong());
    }

    std::optional<QVariant> atom()
    {
        const QChar c = peek();
        if (c == u'[')
            return sequence(u']');
        if (c == u'(')
            return parenthesised();
        if (c == u'{')
            return braces();
        if (c.isDigit() || (c == u'.' && peek(1).isDigit()))
            return number();
        if (c == u'\'' || c == u'"' || isNameChar(c))
            return wordOrString();
        return std::nullopt;
    }

    std::optional<QVariant> wordOrString()
    {
        qsizetype end = m_pos;
        while (end < m_s.size() && isNameChar(m_s[end]))
            ++end;
        const QString word = m_s.mid(m_pos, end - m_pos);
        const QChar after = end < m_s.size() ? m_s[end] : QChar();
        if (after == u'\'' || after == u'"') {
            const QString prefix = word.toLower();
            if (prefix.isEmpty() || prefix == u"u" || prefix == u"r")
                return strings();
            return std::nullopt; // bytes and f-strings: not what Ansible keeps
        }
        m_pos = end;
        if (word == u"True")
            return QVariant(true);
        if (word == u"False")
            return QVariant(false);
        if (word == u"None")
            return QVariant();
        return std::nullopt;
    }

    // One or more adjacent string literals, joined.
    std::optional<QVariant> strings()
    {
        QString joined;
        bool any = false;
        for (;;) {
            qsizetype p = m_pos;
            bool raw = false;
            if (p < m_s.size() && (m_s[p] == u'r' || m_s[p] == u'R' || m_s[p] == u'u' || m_s[p] == u'U')) {
                raw = m_s[p].toLower() == u'r';
                ++p;
            }
            if (p >= m_s.size() || (m_s[p] != u'\'' && m_s[p] != u'"'))
                break;
            m_pos = p;
            auto s = stringBody(raw);
            if (!s)
                return std::nullopt;
            joined += *s;
            any = true;
            skipSpace();
        }
        if (!any)
            return std::nullopt;
        return QVariant(joined);
    }

    std::optional<QString> stringBody(bool raw)
    {
        const QChar q = peek();
        const bool triple = peek(1) == q && peek(2) == q;
        m_pos += triple ? 3 : 1;
        QString out;
        while (!atEnd()) {
            const QChar c = m_s[m_pos];
            if (c == q && (!triple || (peek(1) == q && peek(2) == q))) {
                m_pos += triple ? 3 : 1;
                return out;
            }
            if (c == u'\\') {
                if (m_pos + 1 >= m_s.size())
                    return std::nullopt;
                if (raw) {
                    out += c;
                    out += m_s[m_pos + 1];
                    m_pos += 2;
                    continue;
                }
                if (!escape(out))
                    return std::nullopt;
                continue;
            }
            out += c;
            ++m_pos;
        }
        return std::nullopt;
    }

    // Python's string escapes; m_pos is on the backslash.
    bool escape(QString& out)
    {
        const QChar e = m_s[m_pos + 1];
        m_pos += 2;
        const auto hex = [&](int digits) {
            if (m_pos + digits > m_s.size())
                return false;
            const QString text = m_s.mid(m_pos, digits);
            if (!std::all_of(text.cbegin(), text.cend(), [](QChar h) { return digitValue(h) < 16; }))
                return false;
            const char32_t code = char32_t(text.toUInt(nullptr, 16));
            if (code > 0x10FFFF)
                return false;
            m_pos += digits;
            out += QString::fromUcs4(&code, 1);
            return true;
        };
        switch (e.unicode()) {
        case '\\':
            out += u'\\';
            return true;
        case '\'':
            out += u'\'';
            return true;
        case '"':
            out += u'"';
            return true;
        case 'a':
            out += u'\a';
            return true;
        case 'b':
            out += u'\b';
            return true;
        case 'f':
            out += u'\f';
            return true;
        case 'n':
            out += u'\n';
            return true;
        case 'r':
            out += u'\r';
            return true;
        case 't':
            out += u'\t';
            return true;
        case 'v':
            out += u'\v';
            return true;
        case 'x':
            return hex(2);
        case 'u':
            return hex(4);
        case 'U':
            return hex(8);
        case 'N':
            return false; // \N{NAME}: not supported, so kept as text
        default:
            break;
        }
        if (e >= u'0' && e <= u'7') {
            uint code = e.unicode() - '0';
            for (int i = 0; i < 2 && peek() >= u'0' && peek() <= u'7'; ++i, ++m_pos)
                code = code * 8 + (peek().unicode() - '0');
            out += QChar(char16_t(code));
            return true;
        }
        out += u'\\';
        out += e; // an unknown escape keeps its backslash, as Python does
        return true;
    }

    // Digits with single '_' between them, in base `base`.
    QString digits(int base)
    {
        QString out;
        while (!atEnd()) {
            const QChar c = peek();
            if (digitValue(c) < base) {
                out += c;
                ++m_pos;
            } else if (c == u'_' && !out.isEmpty()) {
                if (digitValue(peek(1)) >= base)
                    break;
                ++m_pos;
            } else {
                break;
            }
        }
        return out;
    }

    std::optional<QVariant> number()
    {
        const qsizetype start = m_pos;
        if (peek() == u'0' && QStringView(u"xXoObB").contains(peek(1))) {
            const QChar k = peek(1).toLower();
            const int base = k == u'x' ? 16 : k == u'o' ? 8 : 2;
            m_pos += 2;
            if (peek() == u'_')
                ++m_pos;
            const QString d = digits(base);
            if (d.isEmpty() || isNameChar(peek()))
                return std::nullopt;
            bool ok = false;
            const qlonglong n = d.toLongLong(&ok, base);
            return ok ? std::optional<QVariant>(n) : std::nullopt;
        }
        const QString whole = digits(10);
        bool isFloat = false;
        QString text = whole.isEmpty() ? QStringLiteral("0") : whole;
        if (peek() == u'.') {
            ++m_pos;
            isFloat = true;
            const QString fraction = digits(10);
            text += u'.' + (fraction.isEmpty() ? QStringLiteral("0") : fraction);
        }
        if (peek().toLower() == u'e') {
            const qsizetype save = m_pos;
            ++m_pos;
            QString exp = QStringLiteral("e");
            if (peek() == u'+' || peek() == u'-')
                exp += m_s[m_pos++];
            const QString d = digits(10);
            if (d.isEmpty()) {
                m_pos = save;
            } else {
                isFloat = true;
                text += exp + d;
            }
        }
        if (isNameChar(peek()) || peek() == u'.')
            return std::nullopt; // 1j, 1abc, 1.2.3
        if (m_pos == start)
            return std::nullopt;
        if (isFloat) {
            bool ok = false;
            double d = QLocale::c().toDouble(text, &ok);
            if (!ok) {
                // Overflow: Python gives inf.
                d = text.contains(QStringLiteral("e-")) ? 0.0 : std::numeric_limits<double>::infinity();
            }
            return QVariant(d);
        }
        // Decimal integers: no leading zeros unless all zeros.
        if (whole.size() > 1 && whole.front() == u'0' &&
            std::any_of(whole.cbegin(), whole.cend(), [](QChar c) { return c != u'0'; }))
            return std::nullopt;
        bool ok = false;
        const qlonglong n = whole.toLongLong(&ok);
        return ok ? std::optional<QVariant>(n) : std::nullopt;
    }

    // [a, b] (also the body of a tuple), up to `close`.
    std::optional<QVariant> sequence(QChar close)
    {
        ++m_pos;
        QVariantList items;
        skipSpace();
        while (peek() != close) {
            auto v = item();
            if (!v)
                return std::nullopt;
            items.append(*v);
            skipSpace();
            if (peek() == u',') {
                ++m_pos;
                skipSpace();
            } else if (peek() != close) {
                return std::nullopt;
            }
        }
        ++m_pos;
        return QVariant(items);
    }

    // (x) is x; (), (x,) and (x, y) are tuples (lists).
    std::optional<QVariant> parenthesised()
    {
        const qsizetype open = m_pos;
        ++m_pos;
        skipSpace();
        if (peek() == u')') {
            ++m_pos;
            return QVariant(QVariantList{});
        }
        auto first = item();
        if (!first)
            return std::nullopt;
        skipSpace();
        if (peek() == u')') {
            ++m_pos;
            return first;
        }
        m_pos = open;
        return sequence(u')');
    }

    // {k: v, ...} or a set {a, b}.
    std::optional<QVariant> braces()
    {
        ++m_pos;
        skipSpace();
        QVariantMap map;
        QVariantList set;
        bool isSet = false;
        bool first = true;
        while (peek() != u'}') {
            auto k = item();
            if (!k)
                return std::nullopt;
            skipSpace();
            if (first)
                isSet = peek() != u':';
            first = false;
            if (isSet) {
                set.append(*k);
            } else {
                if (peek() != u':')
                    return std::nullopt;
                ++m_pos;
                skipSpace();
                auto v = item();
                if (!v)
                    return std::nullopt;
                const auto key = keyText(*k);
                if (!key)
                    return std::nullopt;
                map.insert(*key, *v);
                skipSpace();
            }
            if (peek() == u',') {
                ++m_pos;
                skipSpace();
            } else if (peek() != u'}') {
                return std::nullopt;
            }
        }
        ++m_pos;
        return isSet ? QVariant(set) : QVariant(map);
    }

    // A dict key as json.dumps writes it; lists and dicts cannot be keys.
    static std::optional<QString> keyText(const QVariant& k)
    {
        switch (k.typeId()) {
        case QMetaType::QString:
            return k.toString();
        case QMetaType::LongLong:
            return QString::number(k.toLongLong());
        case QMetaType::Double:
            return literal(k);
        case QMetaType::Bool:
            return k.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QMetaType::UnknownType:
            return QStringLiteral("null");
        default:
            return std::nullopt;
        }
    }

    const QString& m_s;
    qsizetype m_pos = 0;
    int m_depth = 0;
};

} // namespace

QVariant evaluate(const QString& text)
{
    LiteralParser parser(text);
    if (auto v = parser.parseAll())
        return *v;
    return text;
}

} // namespace opsdeck::python_literal
