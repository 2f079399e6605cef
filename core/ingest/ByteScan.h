#pragma once

// Small helpers the ingest parsers share: number parsing on bytes (no QString, no
// locale), line splitting. Internal to core/ingest.

#include <QByteArrayView>
#include <optional>

namespace opsdeck::ingest {

// A floating-point number in Go's strconv.ParseFloat syntax (what Prometheus and most
// exporters write): optional sign, decimal or 0x hex float, NaN, Inf, Infinity (any case).
// nullopt if the whole view is not one number or it overflows a double.
std::optional<double> parseFloat(QByteArrayView text);

// A decimal integer with an optional sign; nullopt if not exactly that or out of range.
std::optional<qint64> parseInt(QByteArrayView text);

inline bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// Calls fn(lineNumber, line) for each line of text (LF or CRLF; the CR is removed;
// a last line without a newline counts). Line numbers start at 1.
template <typename Fn> void forEachLine(QByteArrayView text, Fn&& fn)
{
    const char* p = text.data();
    const char* end = p + text.size();
    int lineNo = 0;
    while (p < end) {
        const char* nl = static_cast<const char*>(memchr(p, '\n', static_cast<size_t>(end - p)));
        const char* lineEnd = nl ? nl : end;
        const char* contentEnd = lineEnd;
        if (contentEnd > p && contentEnd[-1] == '\r')
            --contentEnd;
        ++lineNo;
        fn(lineNo, QByteArrayView(p, contentEnd - p));
        p = nl ? nl + 1 : end;
    }
}

} // namespace opsdeck::ingest
