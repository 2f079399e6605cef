#pragma once

// Small allocation-free helpers for reading /proc text: complete lines, whitespace
// separated tokens, and numbers parsed with std::from_chars (no locale, no copies).

#include <QByteArrayView>
#include <charconv>
#include <optional>

namespace opsdeck::proc::text {

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// Walks the lines of a /proc file. Only lines ended by '\n' count: the kernel ends
// every line, so an unterminated last line is a truncated read and is left out
// (`truncated()` says so afterwards).
class Lines
{
public:
    explicit Lines(QByteArrayView text) : m_text(text) {}

    bool next(QByteArrayView& line)
    {
        if (m_pos >= m_text.size())
            return false;
        const qsizetype nl = m_text.indexOf('\n', m_pos);
        if (nl < 0) {
            m_truncated = true;
            m_pos = m_text.size();
            return false;
        }
        line = m_text.sliced(m_pos, nl - m_pos);
        m_pos = nl + 1;
        ++m_number;
        return true;
    }
    bool truncated() const { return m_truncated; }
    int number() const { return m_number; } // 1-based number of the last line returned

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
    int m_number = 0;
    bool m_truncated = false;
};

// Whitespace separated tokens of one line.
class Tokens
{
public:
    explicit Tokens(QByteArrayView line) : m_line(line) {}

    bool next(QByteArrayView& token)
    {
        const qsizetype n = m_line.size();
        while (m_pos < n && isSpace(m_line[m_pos]))
            ++m_pos;
        if (m_pos >= n)
            return false;
        const qsizetype start = m_pos;
        while (m_pos < n && !isSpace(m_line[m_pos]))
            ++m_pos;
        token = m_line.sliced(start, m_pos - start);
        return true;
    }
    // What is left of the line after the tokens taken so far, leading blanks skipped.
    QByteArrayView rest()
    {
        while (m_pos < m_line.size() && isSpace(m_line[m_pos]))
            ++m_pos;
        return m_line.sliced(m_pos);
    }

private:
    QByteArrayView m_line;
    qsizetype m_pos = 0;
};

// A whole token as a signed 64-bit integer; nothing on overflow or any stray character.
inline std::optional<qint64> toInt(QByteArrayView token)
{
    if (token.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    const char* end = token.data() + token.size();
    const auto [ptr, ec] = std::from_chars(token.data(), end, value);
    if (ec != std::errc() || ptr != end)
        return std::nullopt;
    return value;
}

// A whole token as a non-negative integer (the /proc counters are unsigned).
inline std::optional<qint64> toCount(QByteArrayView token)
{
    if (token.isEmpty() || token.front() == '-')
        return std::nullopt;
    return toInt(token);
}

inline std::optional<double> toDouble(QByteArrayView token)
{
    if (token.isEmpty())
        return std::nullopt;
    double value = 0;
    const char* end = token.data() + token.size();
    const auto [ptr, ec] = std::from_chars(token.data(), end, value, std::chars_format::fixed);
    if (ec != std::errc() || ptr != end)
        return std::nullopt;
    return value;
}

inline QByteArrayView trimmed(QByteArrayView v)
{
    qsizetype b = 0;
    qsizetype e = v.size();
    while (b < e && isSpace(v[b]))
        ++b;
    while (e > b && isSpace(v[e - 1]))
        --e;
    return v.sliced(b, e - b);
}

} // namespace opsdeck::proc::text
