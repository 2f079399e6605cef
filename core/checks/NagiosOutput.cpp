#include "checks/NagiosOutput.h"

#include <QCoreApplication>
#include <cmath>

namespace opsdeck {

namespace {

void addError(QStringList& errors, const QString& message)
{
    if (errors.size() < NagiosOutput::maxPerfErrors)
        errors.append(message);
}

// Splits a line of performance data into items at whitespace, except inside a quoted
// label ('it''s' is one quote escaped by doubling).
QStringList splitItems(const QString& line)
{
    QStringList items;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n && items.size() <= NagiosOutput::maxPerfItems) {
        while (i < n && line.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        const qsizetype start = i;
        if (line.at(i) == u'\'') {
            ++i;
            while (i < n) {
                if (line.at(i) == u'\'' && (i + 1 >= n || line.at(i + 1) != u'\''))
                    break;
                i += line.at(i) == u'\'' ? 2 : 1;
            }
            if (i < n)
                ++i; // the closing quote
        }
        while (i < n && !line.at(i).isSpace())
            ++i;
        items.append(line.mid(start, i - start));
    }
    return items;
}

// A number at the start of `s`: its length, 0 when there is none.
qsizetype numberLength(const QString& s)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    if (i < n && (s.at(i) == u'-' || s.at(i) == u'+'))
        ++i;
    const qsizetype digitsFrom = i;
    while (i < n && (s.at(i).isDigit() || s.at(i) == u'.'))
        ++i;
    if (i == digitsFrom)
        return 0;
    if (i + 1 < n && (s.at(i) == u'e' || s.at(i) == u'E')) {
        qsizetype j = i + 1;
        if (j < n && (s.at(j) == u'-' || s.at(j) == u'+'))
            ++j;
        if (j < n && s.at(j).isDigit()) {
            while (j < n && s.at(j).isDigit())
                ++j;
            i = j;
        }
    }
    return i;
}

std::optional<double> toNumber(const QString& s)
{
    bool ok = false;
    const double v = s.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

bool validUom(const QString& uom)
{
    if (uom.size() > 8)
        return false;
    for (QChar c : uom)
        if (!c.isLetter() && c != u'%')
            return false;
    return true;
}

// The label of `item` and where the text after its '=' begins; -1 when there is none.
qsizetype readLabel(const QString& item, QString& label)
{
    if (item.startsWith(u'\'')) {
        qsizetype i = 1;
        while (i < item.size()) {
            if (item.at(i) == u'\'') {
                if (i + 1 < item.size() && item.at(i + 1) == u'\'') {
                    label += u'\'';
                    i += 2;
                    continue;
                }
                break;
            }
            label += item.at(i++);
        }
        if (i >= item.size() || i + 1 >= item.size() || item.at(i + 1) != u'=')
            return -1;
        return i + 2;
    }
    const qsizetype eq = item.indexOf(u'=');
    if (eq < 0)
        return -1;
    label = item.left(eq);
    return eq + 1;
}

} // namespace

CheckStatus NagiosOutput::statusForExitCode(int exitCode)
{
    switch (exitCode) {
    case 0:
        return CheckStatus::Ok;
    case 1:
        return CheckStatus::Warning;
    case 2:
        return CheckStatus::Critical;
    default:
        return CheckStatus::Unknown;
    }
}

std::optional<NagiosPerfDatum> NagiosOutput::parseDatum(const QString& item, QString* error)
{
    const auto fail = [&](const char* why) -> std::optional<NagiosPerfDatum> {
        if (error)
            *error = QCoreApplication::translate("NagiosOutput", why).arg(item.left(200));
        return std::nullopt;
    };
    NagiosPerfDatum d;
    const qsizetype at = readLabel(item, d.label);
    if (at < 0)
        return fail(QT_TRANSLATE_NOOP("NagiosOutput", "'%1': no label=value"));
    if (d.label.trimmed().isEmpty())
        return fail(QT_TRANSLATE_NOOP("NagiosOutput", "'%1': empty label"));
    const QStringList fields = item.mid(at).split(u';');
    const QString& valueField = fields.first();
    if (valueField == QLatin1String("U")) {
        d.value = std::nullopt;
    } else {
        const qsizetype len = numberLength(valueField);
        const auto v = len > 0 ? toNumber(valueField.left(len)) : std::nullopt;
        if (!v)
            return fail(QT_TRANSLATE_NOOP("NagiosOutput", "'%1': the value is not a number"));
        d.value = v;
        d.uom = valueField.mid(len);
        if (!validUom(d.uom))
            return fail(QT_TRANSLATE_NOOP("NagiosOutput", "'%1': unknown unit of measurement"));
    }
    d.warning = fields.value(1).trimmed();
    d.critical = fields.value(2).trimmed();
    const QString min = fields.value(3).trimmed();
    const QString max = fields.value(4).trimmed();
    if (!min.isEmpty() && !(d.min = toNumber(min)))
        return fail(QT_TRANSLATE_NOOP("NagiosOutput", "'%1': the minimum is not a number"));
    if (!max.isEmpty() && !(d.max = toNumber(max)))
        return fail(QT_TRANSLATE_NOOP("NagiosOutput", "'%1': the maximum is not a number"));
    return d;
}

void NagiosOutput::parsePerfLine(const QString& line, QList<NagiosPerfDatum>& out, QStringList& errors)
{
    for (const QString& item : splitItems(line)) {
        if (out.size() >= maxPerfItems) {
            addError(errors, QCoreApplication::translate(
                                 "NagiosOutput", "more than %1 performance data items; the rest is ignored")
                                 .arg(maxPerfItems));
            return;
        }
        QString why;
        if (auto d = parseDatum(item, &why))
            out.append(std::move(*d));
        else
            addError(errors, why);
    }
}

NagiosOutput NagiosOutput::parse(int exitCode, const QByteArray& output)
{
    NagiosOutput r;
    r.exitCode = exitCode;
    r.status = statusForExitCode(exitCode);
    QStringList lines = QString::fromUtf8(output).split(u'\n');
    for (QString& l : lines)
        if (l.endsWith(u'\r'))
            l.chop(1);
    const QString first = lines.isEmpty() ? QString() : lines.first();
    const qsizetype bar = first.indexOf(u'|');
    r.text = (bar < 0 ? first : first.left(bar)).trimmed().left(maxTextChars);
    if (bar >= 0)
        parsePerfLine(first.mid(bar + 1), r.perf, r.perfErrors);

    bool inPerf = false; // after the first `|` of the long output, every line is perf data
    QStringList longLines;
    qsizetype longChars = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString& l = lines.at(i);
        if (inPerf) {
            parsePerfLine(l, r.perf, r.perfErrors);
            continue;
        }
        const qsizetype b = l.indexOf(u'|');
        const QString text = b < 0 ? l : l.left(b);
        if (longChars < maxLongTextChars) {
            longLines.append(text.left(maxLongTextChars - longChars));
            longChars += longLines.last().size() + 1;
        }
        if (b >= 0) {
            inPerf = true;
            parsePerfLine(l.mid(b + 1), r.perf, r.perfErrors);
        }
    }
    while (!longLines.isEmpty() && longLines.last().trimmed().isEmpty())
        longLines.removeLast();
    r.longText = longLines.join(u'\n');
    return r;
}

} // namespace opsdeck
