#include "ingest/ByteScan.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace opsdeck::ingest {
namespace {

bool equalsNoCase(QByteArrayView a, const char* lower)
{
    qsizetype i = 0;
    for (; lower[i]; ++i) {
        if (i >= a.size())
            return false;
        char c = a[i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c != lower[i])
            return false;
    }
    return i == a.size();
}

} // namespace

std::optional<double> parseFloat(QByteArrayView text)
{
    if (text.isEmpty())
        return std::nullopt;
    const char* p = text.data();
    const char* end = p + text.size();
    bool negative = false;
    bool hadSign = false;
    if (*p == '+' || *p == '-') {
        negative = *p == '-';
        hadSign = true;
        ++p;
        if (p == end)
            return std::nullopt;
    }
    const QByteArrayView rest(p, end - p);
    const char c0 = *p;
    if (c0 == 'i' || c0 == 'I') {
        if (equalsNoCase(rest, "inf") || equalsNoCase(rest, "infinity"))
            return negative ? -std::numeric_limits<double>::infinity()
                            : std::numeric_limits<double>::infinity();
        return std::nullopt;
    }
    if (c0 == 'n' || c0 == 'N') {
        if (!hadSign && equalsNoCase(rest, "nan"))
            return std::numeric_limits<double>::quiet_NaN();
        return std::nullopt;
    }
    double value = 0;
    std::from_chars_result r;
    if (end - p > 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
        if (p[2] == '-' || p[2] == '+')
            return std::nullopt;
        r = std::from_chars(p + 2, end, value, std::chars_format::hex);
    } else {
        if (c0 == '-' || c0 == '+')
            return std::nullopt;
        r = std::from_chars(p, end, value, std::chars_format::general);
    }
    if (r.ptr != end)
        return std::nullopt;
    if (r.ec == std::errc::result_out_of_range) {
        // Underflow is zero (as Go's ParseFloat); overflow is an error.
        const QByteArrayView digits(p, end - p);
        if (digits.contains('e') || digits.contains('E')) {
            const qsizetype e = std::max(digits.lastIndexOf('e'), digits.lastIndexOf('E'));
            if (e + 1 < digits.size() && digits[e + 1] == '-')
                return negative ? -0.0 : 0.0;
        }
        return std::nullopt;
    }
    if (r.ec != std::errc())
        return std::nullopt;
    return negative ? -value : value;
}

std::optional<qint64> parseInt(QByteArrayView text)
{
    if (text.isEmpty())
        return std::nullopt;
    const char* p = text.data();
    const char* end = p + text.size();
    if (*p == '+') {
        ++p;
        if (p == end || *p == '-')
            return std::nullopt;
    }
    qint64 value = 0;
    const auto r = std::from_chars(p, end, value, 10);
    if (r.ec != std::errc() || r.ptr != end)
        return std::nullopt;
    return value;
}

} // namespace opsdeck::ingest
