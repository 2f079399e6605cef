#include "charts/GraphDefinition.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <cmath>

namespace opsdeck {

const GraphDef* GraphDefinition::def(const QString& n) const
{
    for (const auto& d : defs) {
        if (d.name == n)
            return &d;
    }
    return nullptr;
}

const GraphCdef* GraphDefinition::cdef(const QString& n) const
{
    for (const auto& c : cdefs) {
        if (c.name == n)
            return &c;
    }
    return nullptr;
}

QList<GraphPrint> GraphDefinition::printsOf(const QString& value) const
{
    QList<GraphPrint> out;
    for (const auto& p : prints) {
        if (p.value == value)
            out << p;
    }
    return out;
}

namespace GraphDefinitionParser {

namespace {

const QString deviceTag = QStringLiteral("<?= $device ?>");

// Splits on ':' not preceded by a backslash; "\:" becomes ':'.
QStringList splitFields(const QString& line)
{
    QStringList out;
    QString cur;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char(':')) {
            cur += QLatin1Char(':');
            ++i;
        } else if (c == QLatin1Char(':')) {
            out << cur;
            cur.clear();
        } else {
            cur += c;
        }
    }
    out << cur;
    return out;
}

// RRDtool's trailing justification marks (\l \r \c \j \g \s \n) say where the legend
// goes on RRDtool's own canvas; a chart's legend has its own layout.
QString stripJustify(QString text)
{
    static const QRegularExpression mark(QStringLiteral("\\\\[lrcjgsn]\\s*$"));
    text.remove(mark);
    return text;
}

bool validName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,255}$"));
    return re.match(name).hasMatch();
}

bool isNumber(const QString& token)
{
    bool ok = false;
    token.toDouble(&ok);
    return ok;
}

// Stack effect of each operator: {pops, pushes}.
struct OpInfo
{
    const char* name;
    int pops;
    int pushes;
};
const OpInfo operators[] = {
    {"+", 2, 1},   {"-", 2, 1},   {"*", 2, 1},     {"/", 2, 1},    {"%", 2, 1},   {"ADDNAN", 2, 1},
    {"MIN", 2, 1}, {"MAX", 2, 1}, {"LIMIT", 3, 1}, {"ABS", 1, 1},  {"UN", 1, 1},  {"IF", 3, 1},
    {"LT", 2, 1},  {"LE", 2, 1},  {"GT", 2, 1},    {"GE", 2, 1},   {"EQ", 2, 1},  {"NE", 2, 1},
    {"DUP", 1, 2}, {"POP", 1, 0}, {"EXC", 2, 2},   {"UNKN", 0, 1}, {"INF", 0, 1}, {"NEGINF", 0, 1},
};

const OpInfo* findOp(const QString& token)
{
    for (const auto& op : operators) {
        if (token == QLatin1String(op.name))
            return &op;
    }
    return nullptr;
}

class Parser
{
public:
    explicit Parser(QString fallbackName) : m_fallback(std::move(fallbackName)) {}

    Result<QList<GraphDefinition>> run(const QString& text)
    {
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            QString line = lines.at(i);
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            if (line.trimmed().startsWith(QLatin1String("@@"))) {
                // The graph before ends here: its errors name its own first line.
                if (auto err = finish(); !err.isEmpty())
                    return Error::usage(err);
            }
            if (auto err = parseLine(line, i + 1); !err.isEmpty())
                return Error::usage(
                    QCoreApplication::translate("GraphDefinition", "line %1: %2").arg(i + 1).arg(err));
        }
        if (auto err = finish(); !err.isEmpty())
            return Error::usage(err);
        if (m_graphs.isEmpty())
            return Error::usage(QCoreApplication::translate(
                "GraphDefinition", "no graph: the first line must be the graph's title"));
        return m_graphs;
    }

private:
    QString parseLine(const QString& raw, int n)
    {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1String("@@"))) {
            const QString name = line.mid(2).trimmed();
            if (name.isEmpty())
                return QCoreApplication::translate("GraphDefinition", "'@@' needs a graph name");
            m_current = GraphDefinition{};
            m_current.name = name;
            m_current.line = n;
            m_open = true;
            return {};
        }
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            return {};
        if (!m_open) {
            m_current = GraphDefinition{};
            m_current.name = m_fallback;
            m_current.line = n;
            m_open = true;
        }
        if (m_current.title.isEmpty()) {
            static const QRegularExpression element(QStringLiteral("^[A-Z][A-Z0-9]*:"));
            if (element.match(line).hasMatch())
                return QCoreApplication::translate(
                    "GraphDefinition",
                    "the first line must be the graph's title (its vertical label), not an element");
            m_current.title = raw.trimmed();
            return {};
        }
        if (line.contains(QLatin1String("<?=")) && !checkTemplates(line))
            return QCoreApplication::translate("GraphDefinition",
                                               "unknown template in '%1' (only <?= $device ?>)")
                .arg(line);
        const QStringList f = splitFields(raw.trimmed());
        const QString kind = f.first();
        if (kind == QLatin1String("DEF"))
            return parseDef(f, n);
        if (kind == QLatin1String("CDEF"))
            return parseCdef(line, n);
        if (kind == QLatin1String("GPRINT"))
            return parsePrint(f, n);
        if (kind == QLatin1String("AREA") || kind == QLatin1String("STACK") ||
            kind.startsWith(QLatin1String("LINE")))
            return parseElement(f, n);
        if (kind == QLatin1String("VDEF") || kind == QLatin1String("HRULE") ||
            kind == QLatin1String("VRULE") || kind == QLatin1String("COMMENT") ||
            kind == QLatin1String("PRINT") || kind == QLatin1String("TICK") ||
            kind == QLatin1String("TEXTALIGN")) {
            if (kind == QLatin1String("VDEF") && f.size() > 1)
                m_unsupported << f.at(1).section(QLatin1Char('='), 0, 0);
            note(n,
                 QCoreApplication::translate("GraphDefinition", "%1 is not supported, left out").arg(kind));
            return {};
        }
        return QCoreApplication::translate("GraphDefinition", "unknown element '%1'").arg(kind);
    }

    bool checkTemplates(const QString& line)
    {
        static const QRegularExpression tag(QStringLiteral("<\\?=.*?\\?>"));
        auto it = tag.globalMatch(line);
        while (it.hasNext()) {
            if (it.next().captured(0) != deviceTag)
                return false;
            m_current.usesDevice = true;
        }
        return true;
    }

    void note(int n, const QString& text)
    {
        m_current.notes << QCoreApplication::translate("GraphDefinition", "line %1: %2").arg(n).arg(text);
    }

    bool known(const QString& name) const { return m_current.def(name) || m_current.cdef(name); }

    QString parseDef(const QStringList& f, int n)
    {
        // DEF:name=<%RRD_FOR key.type %>:ds:CF[:options]
        if (f.size() < 4)
            return QCoreApplication::translate("GraphDefinition", "DEF needs name=<%RRD_FOR key %>:ds:CF");
        const QString name = f.at(1).section(QLatin1Char('='), 0, 0);
        const QString source = f.at(1).section(QLatin1Char('='), 1);
        if (!validName(name))
            return QCoreApplication::translate("GraphDefinition", "'%1' is not a valid name").arg(name);
        if (known(name))
            return QCoreApplication::translate("GraphDefinition", "'%1' is defined twice").arg(name);
        static const QRegularExpression tmpl(QStringLiteral("^<%\\s*(RRD_FOR|RRD|RRD_EX)\\s+(.+?)\\s*%>$"));
        const auto m = tmpl.match(source.trimmed());
        if (!m.hasMatch())
            return QCoreApplication::translate("GraphDefinition", "DEF '%1' must read <%RRD_FOR key.type %>")
                .arg(name);
        GraphDef def;
        def.name = name;
        def.line = n;
        // The device tag has spaces of its own: keep it whole while splitting the arguments.
        const QString marker = QStringLiteral("\x01");
        QStringList args =
            QString(m.captured(2)).replace(deviceTag, marker).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (auto& a : args)
            a.replace(marker, deviceTag);
        if (m.captured(1) == QLatin1String("RRD_EX")) {
            if (args.size() != 3)
                return QCoreApplication::translate("GraphDefinition",
                                                   "RRD_EX needs a plugin, a host and a key");
            def.host = args.at(1);
            args = {args.at(2)};
        }
        if (args.size() != 1)
            return QCoreApplication::translate("GraphDefinition", "%1 takes one key").arg(m.captured(1));
        QString key = args.first();
        static const QStringList types = {QStringLiteral("gauge"), QStringLiteral("counter"),
                                          QStringLiteral("derive"), QStringLiteral("absolute")};
        const QString suffix = key.section(QLatin1Char('.'), -1);
        if (key.contains(QLatin1Char('.')) && types.contains(suffix)) {
            def.type = suffix;
            key.chop(suffix.size() + 1);
        }
        if (key.isEmpty())
            return QCoreApplication::translate("GraphDefinition", "DEF '%1' names no metric").arg(name);
        def.metric = key;
        static const QStringList cfs = {QStringLiteral("AVERAGE"), QStringLiteral("MIN"),
                                        QStringLiteral("MAX"), QStringLiteral("LAST")};
        if (!cfs.contains(f.at(3)))
            return QCoreApplication::translate("GraphDefinition",
                                               "unknown consolidation '%1' (AVERAGE, MIN, MAX or LAST)")
                .arg(f.at(3));
        def.consolidation = f.at(3);
        m_current.defs << def;
        return {};
    }

    QString parseCdef(const QString& line, int n)
    {
        const QString body = line.mid(5);
        const QString name = body.section(QLatin1Char('='), 0, 0);
        const QStringList rpn = body.section(QLatin1Char('='), 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (!validName(name))
            return QCoreApplication::translate("GraphDefinition", "'%1' is not a valid name").arg(name);
        if (known(name))
            return QCoreApplication::translate("GraphDefinition", "'%1' is defined twice").arg(name);
        if (rpn.isEmpty())
            return QCoreApplication::translate("GraphDefinition", "CDEF '%1' has no expression").arg(name);
        int depth = 0;
        for (const QString& raw : rpn) {
            const QString t = raw.trimmed();
            if (const OpInfo* op = findOp(t)) {
                if (depth < op->pops)
                    return QCoreApplication::translate("GraphDefinition", "CDEF '%1': '%2' needs %3 values")
                        .arg(name, t)
                        .arg(op->pops);
                depth += op->pushes - op->pops;
            } else if (isNumber(t) || known(t)) {
                ++depth;
            } else if (m_unsupported.contains(t) || (validName(t) && t.toUpper() == t)) {
                // An RRDtool operator Opsdeck does not evaluate (COUNT, TREND, PREV, ...)
                // or a value that depends on one: the graph goes on without this CDEF.
                m_unsupported << name;
                note(n, QCoreApplication::translate("GraphDefinition",
                                                    "CDEF '%1' uses '%2', which is not supported; left out")
                            .arg(name, t));
                return {};
            } else {
                return QCoreApplication::translate("GraphDefinition", "'%1' is not defined").arg(t);
            }
        }
        if (depth != 1)
            return QCoreApplication::translate("GraphDefinition", "CDEF '%1' leaves %2 values, not one")
                .arg(name)
                .arg(depth);
        GraphCdef c;
        c.name = name;
        c.rpn = rpn;
        for (auto& t : c.rpn)
            t = t.trimmed();
        c.line = n;
        m_current.cdefs << c;
        return {};
    }

    QString checkValue(const QString& value, int n, bool* skip)
    {
        *skip = false;
        if (m_unsupported.contains(value)) {
            note(n, QCoreApplication::translate("GraphDefinition", "'%1' is left out").arg(value));
            *skip = true;
            return {};
        }
        if (!known(value))
            return QCoreApplication::translate("GraphDefinition", "'%1' is not defined").arg(value);
        return {};
    }

    QString parseElement(const QStringList& f, int n)
    {
        // LINE[width]:value[#color][:legend][:STACK][:dashes[=on,off]]
        GraphElement e;
        e.line = n;
        const QString kind = f.first();
        if (kind == QLatin1String("AREA")) {
            e.style = GraphElementStyle::Area;
            e.areaFill = true;
            e.width = 0;
        } else if (kind == QLatin1String("STACK")) {
            e.style = GraphElementStyle::Stack;
            e.areaFill = m_lastWasArea;
            e.width = m_lastWasArea ? 0 : 1;
        } else {
            bool ok = true;
            const QString w = kind.mid(4);
            e.width = w.isEmpty() ? 1.0 : w.toDouble(&ok);
            if (!ok || e.width < 0 || e.width > 100)
                return QCoreApplication::translate("GraphDefinition", "unknown element '%1'").arg(kind);
        }
        if (f.size() < 2 || f.at(1).isEmpty())
            return QCoreApplication::translate("GraphDefinition", "%1 needs a value").arg(kind);
        const QString spec = f.at(1);
        const qsizetype hash = spec.indexOf(QLatin1Char('#'));
        e.value = hash < 0 ? spec : spec.left(hash);
        if (hash >= 0) {
            e.color = spec.mid(hash).toLower();
            static const QRegularExpression color(QStringLiteral("^#[0-9a-f]{6}([0-9a-f]{2})?$"));
            if (!color.match(e.color).hasMatch())
                return QCoreApplication::translate("GraphDefinition", "'%1' is not a colour (#RRGGBB)")
                    .arg(spec.mid(hash));
        }
        bool skip = false;
        if (auto err = checkValue(e.value, n, &skip); !err.isEmpty() || skip)
            return err;
        if (f.size() > 2)
            e.legend = stripJustify(f.at(2)).trimmed();
        for (int i = 3; i < f.size(); ++i) {
            const QString opt = f.at(i).trimmed();
            if (opt == QLatin1String("STACK")) {
                e.style = GraphElementStyle::Stack;
            } else if (opt.startsWith(QLatin1String("dashes"))) {
                e.dashes = {5, 5};
                const QString v = opt.section(QLatin1Char('='), 1);
                if (!v.isEmpty()) {
                    e.dashes.clear();
                    for (const auto& d : v.split(QLatin1Char(','))) {
                        bool ok = false;
                        const double x = d.toDouble(&ok);
                        if (!ok || x <= 0)
                            return QCoreApplication::translate("GraphDefinition",
                                                               "'%1' is not a dash pattern")
                                .arg(opt);
                        e.dashes << x;
                    }
                }
            } else if (!opt.isEmpty() && !opt.startsWith(QLatin1String("dash-offset")) &&
                       !opt.startsWith(QLatin1String("skipscale"))) {
                return QCoreApplication::translate("GraphDefinition", "unknown option '%1' of %2")
                    .arg(opt, kind);
            }
        }
        if (e.style != GraphElementStyle::Stack)
            m_lastWasArea = e.areaFill;
        m_current.elements << e;
        return {};
    }

    QString parsePrint(const QStringList& f, int n)
    {
        // GPRINT:value:CF:format
        if (f.size() < 4)
            return QCoreApplication::translate("GraphDefinition",
                                               "GPRINT needs value:LAST|AVERAGE|MAX|MIN:format");
        GraphPrint p;
        p.line = n;
        p.value = f.at(1);
        bool skip = false;
        if (auto err = checkValue(p.value, n, &skip); !err.isEmpty() || skip)
            return err;
        const QString cf = f.at(2);
        if (cf == QLatin1String("LAST"))
            p.statistic = GraphStatistic::Last;
        else if (cf == QLatin1String("AVERAGE"))
            p.statistic = GraphStatistic::Average;
        else if (cf == QLatin1String("MAX"))
            p.statistic = GraphStatistic::Max;
        else if (cf == QLatin1String("MIN"))
            p.statistic = GraphStatistic::Min;
        else
            return QCoreApplication::translate("GraphDefinition",
                                               "unknown statistic '%1' (LAST, AVERAGE, MAX or MIN)")
                .arg(cf);
        p.format = stripJustify(f.mid(3).join(QLatin1Char(':'))).trimmed();
        static const QRegularExpression conv(QStringLiteral("%[-+ 0#]*[0-9]*(\\.[0-9]+)?l?[fgeFGE]"));
        if (p.format.count(conv) != 1)
            return QCoreApplication::translate("GraphDefinition",
                                               "GPRINT format '%1' needs exactly one number (%lf)")
                .arg(p.format);
        m_current.prints << p;
        return {};
    }

    QString finish()
    {
        if (!m_open)
            return {};
        m_open = false;
        m_lastWasArea = false;
        m_unsupported.clear();
        if (m_current.title.isEmpty())
            return QCoreApplication::translate("GraphDefinition", "line %1: graph '%2' has no title line")
                .arg(m_current.line)
                .arg(m_current.name);
        if (m_current.elements.isEmpty())
            return QCoreApplication::translate("GraphDefinition",
                                               "line %1: graph '%2' draws nothing (no LINE, AREA or STACK)")
                .arg(m_current.line)
                .arg(m_current.name);
        m_graphs << m_current;
        return {};
    }

    QString m_fallback;
    QList<GraphDefinition> m_graphs;
    GraphDefinition m_current;
    QStringList m_unsupported;
    bool m_open = false;
    bool m_lastWasArea = false;
};

} // namespace

Result<QList<GraphDefinition>> parse(const QString& text, const QString& fallbackName)
{
    return Parser(fallbackName.isEmpty() ? QStringLiteral("graph") : fallbackName).run(text);
}

GraphDefinition instantiate(const GraphDefinition& graph, const QString& device, const QString& titleText)
{
    GraphDefinition g = graph;
    for (auto& d : g.defs) {
        d.metric.replace(deviceTag, device);
        d.host.replace(deviceTag, device);
    }
    g.title.replace(deviceTag, titleText.isEmpty() ? device : titleText);
    g.usesDevice = false;
    return g;
}

QStringList devicePatterns(const GraphDefinition& graph)
{
    QStringList out;
    for (const auto& d : graph.defs) {
        if (!d.metric.contains(deviceTag))
            continue;
        const qsizetype at = d.metric.indexOf(deviceTag);
        out << QStringLiteral("^%1(.+)%2$")
                   .arg(QRegularExpression::escape(d.metric.left(at)),
                        QRegularExpression::escape(d.metric.mid(at + deviceTag.size())));
    }
    return out;
}

QString formatPrint(const QString& format, double value)
{
    static const QRegularExpression conv(
        QStringLiteral("%%|%s|%S|%([-+ 0#]*)([0-9]*)(?:\\.([0-9]+))?l?([fgeFGE])"));
    // %s: RRDtool scales the value to an SI prefix and prints the prefix there.
    const bool si = format.contains(QLatin1String("%s")) || format.contains(QLatin1String("%S"));
    static const char* const prefixes[] = {"a", "f", "p", "n", "u", "m", "", "k", "M", "G", "T", "P", "E"};
    int exp = 6;
    double v = value;
    if (si && std::isfinite(v) && v != 0) {
        while (std::abs(v) >= 1000 && exp < 12) {
            v /= 1000;
            ++exp;
        }
        while (std::abs(v) < 1 && exp > 0) {
            v *= 1000;
            --exp;
        }
    }
    QString out;
    qsizetype last = 0;
    auto it = conv.globalMatch(format);
    while (it.hasNext()) {
        const auto m = it.next();
        out += format.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString all = m.captured(0);
        if (all == QLatin1String("%%")) {
            out += QLatin1Char('%');
        } else if (all == QLatin1String("%s") || all == QLatin1String("%S")) {
            out += QString::fromLatin1(prefixes[exp]);
        } else if (!std::isfinite(v)) {
            out += QStringLiteral("nan").rightJustified(m.captured(2).toInt(), QLatin1Char(' '));
        } else {
            const int prec = m.captured(3).isEmpty() ? 6 : std::min(20, m.captured(3).toInt());
            const char c = m.captured(4).at(0).toLower().toLatin1();
            QString num = QString::number(v, c, prec);
            if (m.captured(1).contains(QLatin1Char('+')) && v >= 0)
                num.prepend(QLatin1Char('+'));
            const int width = std::min(64, m.captured(2).toInt());
            num = m.captured(1).contains(QLatin1Char('-')) ? num.leftJustified(width, QLatin1Char(' '))
                                                           : num.rightJustified(width, QLatin1Char(' '));
            out += num;
        }
    }
    out += format.mid(last);
    return out;
}

const QStringList& supportedOperators()
{
    static const QStringList ops = [] {
        QStringList l;
        for (const auto& op : operators)
            l << QString::fromLatin1(op.name);
        return l;
    }();
    return ops;
}

} // namespace GraphDefinitionParser
} // namespace opsdeck
