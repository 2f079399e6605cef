#include "ingest/PrometheusText.h"

#include "ingest/ByteScan.h"

#include <QCoreApplication>
#include <QVarLengthArray>
#include <algorithm>
#include <array>
#include <cstring>

namespace opsdeck {

using ingest::isBlank;

QByteArrayView PromSample::label(QByteArrayView key) const
{
    for (const auto& [k, v] : labels) {
        if (QByteArrayView(k) == key)
            return v;
    }
    return {};
}

namespace {

inline bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
}
inline bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}
inline bool isLabelStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
inline bool isLabelChar(char c)
{
    return isLabelStart(c) || (c >= '0' && c <= '9');
}

struct RawLabel
{
    QByteArrayView name;
    QByteArrayView value; // raw, escapes not yet resolved
    bool escaped = false;
};

class Parser
{
public:
    Parser(PromParseResult& out, const std::function<bool(QByteArrayView)>& wanted)
        : m_out(out), m_wanted(wanted)
    {}

    void line(int lineNo, QByteArrayView text)
    {
        m_line = text;
        m_p = text.data();
        m_end = m_p + text.size();
        skipBlanks();
        if (m_p == m_end)
            return;
        if (*m_p == '#')
            comment(lineNo);
        else
            sample(lineNo);
    }

    // Hands the last malformed lines to the report (translated and copied only now, so a
    // page of thousands of bad lines costs no more than five).
    void finish()
    {
        const int kept = std::min<int>(m_recentCount, ParseReport::kMaxRecent);
        for (int i = m_recentCount - kept; i < m_recentCount; ++i) {
            const Recent& r = m_recent[size_t(i % ParseReport::kMaxRecent)];
            m_out.report.keepRecent(r.line, QCoreApplication::translate("PrometheusText", r.what), r.text);
        }
    }

private:
    void fail(int lineNo, const char* what)
    {
        ParseReport& r = m_out.report;
        if (r.errors.size() < ParseReport::kMaxErrors)
            r.addError(lineNo, QCoreApplication::translate("PrometheusText", what));
        else
            ++r.malformed;
        m_recent[size_t(m_recentCount % ParseReport::kMaxRecent)] = Recent{lineNo, what, m_line};
        ++m_recentCount;
    }

    void skipBlanks()
    {
        while (m_p < m_end && isBlank(*m_p))
            ++m_p;
    }

    QByteArrayView token()
    {
        const char* start = m_p;
        while (m_p < m_end && !isBlank(*m_p))
            ++m_p;
        return QByteArrayView(start, m_p - start);
    }

    QByteArrayView metricName()
    {
        const char* start = m_p;
        if (m_p < m_end && isNameStart(*m_p)) {
            ++m_p;
            while (m_p < m_end && isNameChar(*m_p))
                ++m_p;
        }
        return QByteArrayView(start, m_p - start);
    }

    void comment(int lineNo)
    {
        ++m_p; // '#'
        skipBlanks();
        const QByteArrayView keyword = token();
        const bool isType = keyword == "TYPE";
        if (!isType && keyword != "HELP")
            return; // a plain comment
        skipBlanks();
        // As Prometheus's parser: a HELP or TYPE line that ends after its keyword, or
        // after the metric name, says nothing and is no error.
        if (m_p == m_end)
            return;
        const QByteArrayView family = metricName();
        if (family.isEmpty() || (m_p < m_end && !isBlank(*m_p))) {
            fail(lineNo, QT_TRANSLATE_NOOP("PrometheusText", "bad metric name in HELP or TYPE line"));
            return;
        }
        if (!isType)
            return; // HELP text may be anything
        skipBlanks();
        if (m_p == m_end)
            return;
        const QByteArrayView type = token();
        skipBlanks();
        static const char* const kTypes[] = {"counter", "gauge", "histogram", "summary", "untyped"};
        const char* known = nullptr;
        for (const char* t : kTypes) {
            if (type == QByteArrayView(t, qsizetype(std::strlen(t))))
                known = t;
        }
        if (!known || m_p != m_end) {
            fail(lineNo, QT_TRANSLATE_NOOP("PrometheusText", "unknown metric type in TYPE line"));
            return;
        }
        if (m_wanted && !m_wanted(family))
            return;
        const QByteArray key = family.toByteArray();
        if (m_out.types.contains(key)) {
            fail(lineNo, QT_TRANSLATE_NOOP("PrometheusText", "second TYPE line for the same metric"));
            return;
        }
        m_out.types.insert(key, QByteArray::fromRawData(known, qsizetype(std::strlen(known))));
    }

    // Reads a quoted label value; m_p is on the opening quote. Returns false if it is
    // unterminated or has an unknown escape.
    bool labelValue(RawLabel& label, bool& highBytes)
    {
        ++m_p; // opening quote
        const char* start = m_p;
        while (m_p < m_end) {
            const char c = *m_p;
            if (c == '"') {
                label.value = QByteArrayView(start, m_p - start);
                ++m_p;
                return true;
            }
            if (c == '\\') {
                if (m_p + 1 >= m_end)
                    return false;
                const char e = m_p[1];
                if (e != '\\' && e != '"' && e != 'n')
                    return false;
                label.escaped = true;
                m_p += 2;
                continue;
            }
            if (static_cast<unsigned char>(c) >= 0x80)
                highBytes = true;
            ++m_p;
        }
        return false;
    }

    static QByteArray unescape(QByteArrayView raw)
    {
        QByteArray out;
        out.reserve(raw.size());
        for (qsizetype i = 0; i < raw.size(); ++i) {
            char c = raw[i];
            if (c == '\\' && i + 1 < raw.size()) {
                const char e = raw[++i];
                c = e == 'n' ? '\n' : e;
            }
            out.append(c);
        }
        return out;
    }

    void sample(int lineNo)
    {
        const QByteArrayView name = metricName();
        if (name.isEmpty()) {
            fail(lineNo, QT_TRANSLATE_NOOP("PrometheusText", "a sample line must start with a metric name"));
            return;
        }
        skipBlanks();
        QVarLengthArray<RawLabel, 12> labels;
        bool highBytes = false;
        if (m_p < m_end && *m_p == '{') {
            ++m_p;
            for (;;) {
                skipBlanks();
                if (m_p >= m_end) {
                    fail(lineNo, QT_TRANSLATE_NOOP("PrometheusText", "unterminated label set"));
                    return;
                }
                if (*m_p == '}') {
                    ++m_p;
                    break;
                }
                RawLabel label;
                const char* start = m_p;
                if (isLabelStart(*m_p)) {
                    ++m_p;
                    while (m_p < m_end && isLabelChar(*m_p))
                        ++m_p;
                }
                label.name = QByteArrayView(start, m_p - start);
                if (label.name.isEmpty()) {
                    fail(lineNo, QT_TRANSLATE_NOOP("PrometheusText", "bad label name"));
                    return;
                }
                skipBlanks();
                if (m_p >= m_end || *m_p != '=') {
                    fail(lineNo, QT_TRANSLATE_NOOP("PrometheusText", "expected '=' after a label name"));
                    return;
                }
                ++m_p;
                skipBlanks();
                if (m_p >= m_end || *m_p != '"') {
                    fail(lineNo, QT_TRANSLATE_NOOP("PrometheusText", "expected a quoted label value"));
                    return;
                }
                if (!labelValue(label, highBytes)) {
                    fail(lineNo,
                         QT_TRANSLATE_NOOP("PrometheusText", "unterminated label value or unknown escape"));
                    return;
                }
                for (const RawLabel& other : labels) {
                    if (other.name == label.name) {
                        fail(lineNo, QT_TRANSLATE_NOOP("PrometheusText", "duplicate label name"));
                        return;
                    }
                }
                labels.append(label);
                skipBlanks();
                if (m_p < m_end && *m_p == ',') {
                    ++m_p;
                    continue;
                }
                if (m_p < m_end && *m_p == '}') {
                    ++m_p;
                    break;
                }
                fail(lineNo, QT_TRANSLATE_NOOP("PrometheusText", "expected ',' or '}' in the label set"));
                return;
            }
            skipBlanks();
        } else if (m_p < m_end && !isBlank(m_p[-1])) {
            // The name ran into a character that may not follow it.
            fail(lineNo, QT_TRANSLATE_NOOP("PrometheusText", "bad character in metric name"));
            return;
        }
        const QByteArrayView valueText = token();
        if (valueText.isEmpty()) {
            fail(lineNo, QT_TRANSLATE_NOOP("PrometheusText", "missing value"));
            return;
        }
        const std::optional<double> value = ingest::parseFloat(valueText);
        if (!value) {
            fail(lineNo, QT_TRANSLATE_NOOP("PrometheusText", "value is not a number"));
            return;
        }
        skipBlanks();
        std::optional<qint64> timestamp;
        if (m_p < m_end) {
            timestamp = ingest::parseInt(token());
            if (!timestamp) {
                fail(lineNo, QT_TRANSLATE_NOOP("PrometheusText", "timestamp is not an integer"));
                return;
            }
            skipBlanks();
            if (m_p < m_end) {
                fail(lineNo, QT_TRANSLATE_NOOP("PrometheusText", "unexpected text after the timestamp"));
                return;
            }
        }
        if (highBytes) {
            for (const RawLabel& l : labels) {
                if (!l.value.isValidUtf8()) {
                    fail(lineNo, QT_TRANSLATE_NOOP("PrometheusText", "label value is not valid UTF-8"));
                    return;
                }
            }
        }
        ++m_out.report.accepted;
        if (m_wanted && !m_wanted(name))
            return;
        PromSample s;
        s.name = name.toByteArray();
        s.labels.reserve(labels.size());
        for (const RawLabel& l : labels)
            s.labels.append({l.name.toByteArray(), l.escaped ? unescape(l.value) : l.value.toByteArray()});
        s.value = *value;
        s.timestampMs = timestamp;
        m_out.samples.append(std::move(s));
    }

    struct Recent
    {
        int line = 0;
        const char* what = nullptr;
        QByteArrayView text;
    };

    PromParseResult& m_out;
    const std::function<bool(QByteArrayView)>& m_wanted;
    std::array<Recent, ParseReport::kMaxRecent> m_recent;
    int m_recentCount = 0; // malformed lines seen (the ring holds the last kMaxRecent)
    QByteArrayView m_line;
    const char* m_p = nullptr;
    const char* m_end = nullptr;
};

} // namespace

PromParseResult parsePrometheusText(QByteArrayView text,
                                    const std::function<bool(QByteArrayView name)>& wanted)
{
    PromParseResult result;
    Parser parser(result, wanted);
    ingest::forEachLine(text, [&](int lineNo, QByteArrayView line) { parser.line(lineNo, line); });
    parser.finish();
    return result;
}

} // namespace opsdeck
