#include "charts/HostPagePlan.h"

#include "charts/GraphEvaluator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

namespace opsdeck {

int HostPagePlan::graphCount() const
{
    int n = 0;
    for (const auto& g : groups)
        n += int(g.graphs.size());
    return n;
}

namespace HostPagePlanner {

namespace {

QString trc(const char* text)
{
    return QCoreApplication::translate("HostPage", text);
}

// The built-in graphs' titles and legends, for lupdate (shown through "HostPage").
[[maybe_unused]] const char* const builtInTexts[] = {
    QT_TRANSLATE_NOOP("HostPage", "Load average"), QT_TRANSLATE_NOOP("HostPage", "1 min"),
    QT_TRANSLATE_NOOP("HostPage", "5 min"),        QT_TRANSLATE_NOOP("HostPage", "15 min"),
    QT_TRANSLATE_NOOP("HostPage", "Memory"),       QT_TRANSLATE_NOOP("HostPage", "used"),
    QT_TRANSLATE_NOOP("HostPage", "buffers"),      QT_TRANSLATE_NOOP("HostPage", "cached"),
    QT_TRANSLATE_NOOP("HostPage", "free"),         QT_TRANSLATE_NOOP("HostPage", "in"),
    QT_TRANSLATE_NOOP("HostPage", "out"),          QT_TRANSLATE_NOOP("HostPage", "read"),
    QT_TRANSLATE_NOOP("HostPage", "write"),        QT_TRANSLATE_NOOP("HostPage", "TCP established"),
    QT_TRANSLATE_NOOP("HostPage", "established"),
};

const char* const builtInText = R"(# Opsdeck's built-in host page graphs (Kurado's metrics-graph format).
@@ load
Load average
DEF:l1=<%RRD_FOR loadavg-1.gauge %>:n:AVERAGE
DEF:l5=<%RRD_FOR loadavg-5.gauge %>:n:AVERAGE
DEF:l15=<%RRD_FOR loadavg-15.gauge %>:n:AVERAGE
AREA:l1#00c000:1 min
GPRINT:l1:LAST:Cur\:%6.2lf
GPRINT:l1:AVERAGE:Ave\:%6.2lf
GPRINT:l1:MAX:Max\:%6.2lf\l
LINE1:l5#0000ff:5 min
LINE1:l15#ff3e00:15 min

@@ memory
Memory
DEF:used=<%RRD_FOR memory-used.gauge %>:n:AVERAGE
DEF:buffers=<%RRD_FOR memory-buffers.gauge %>:n:AVERAGE
DEF:cached=<%RRD_FOR memory-cached.gauge %>:n:AVERAGE
DEF:free=<%RRD_FOR memory-free.gauge %>:n:AVERAGE
AREA:used#ffdd67:used
GPRINT:used:LAST:Cur\:%6.1lf%sB
GPRINT:used:MAX:Max\:%6.1lf%sB\l
STACK:buffers#8a8ae6:buffers
GPRINT:buffers:LAST:Cur\:%6.1lf%sB\l
STACK:cached#6060e0:cached
GPRINT:cached:LAST:Cur\:%6.1lf%sB\l
STACK:free#80e080:free
GPRINT:free:LAST:Cur\:%6.1lf%sB\l

@@ traffic
<?= $device ?>
DEF:rx=<%RRD_FOR traffic-<?= $device ?>-rxbytes.derive %>:n:AVERAGE
DEF:tx=<%RRD_FOR traffic-<?= $device ?>-txbytes.derive %>:n:AVERAGE
CDEF:in=rx,8,*
CDEF:out=tx,8,*
AREA:in#00c000:in
GPRINT:in:LAST:Cur\:%6.2lf%sbps
GPRINT:in:AVERAGE:Ave\:%6.2lf%sbps
GPRINT:in:MAX:Max\:%6.2lf%sbps\l
LINE1:out#0000ff:out
GPRINT:out:LAST:Cur\:%6.2lf%sbps
GPRINT:out:AVERAGE:Ave\:%6.2lf%sbps
GPRINT:out:MAX:Max\:%6.2lf%sbps\l

@@ disk-io
<?= $device ?>
DEF:r=<%RRD_FOR disk-io-<?= $device ?>-read-sectors.derive %>:n:AVERAGE
DEF:w=<%RRD_FOR disk-io-<?= $device ?>-write-sectors.derive %>:n:AVERAGE
CDEF:rb=r,512,*
CDEF:wb=w,512,*
AREA:rb#00c000:read
GPRINT:rb:LAST:Cur\:%6.1lf%sByte
GPRINT:rb:MAX:Max\:%6.1lf%sByte\l
STACK:wb#0000c0:write
GPRINT:wb:LAST:Cur\:%6.1lf%sByte
GPRINT:wb:MAX:Max\:%6.1lf%sByte\l

@@ disk-usage
<?= $device ?>
DEF:u=<%RRD_FOR disk-usage-<?= $device ?>-used.gauge %>:n:AVERAGE
DEF:a=<%RRD_FOR disk-usage-<?= $device ?>-available.gauge %>:n:AVERAGE
CDEF:pct=u,u,a,+,/,100,*
AREA:pct#cc00ff:used
GPRINT:pct:LAST:Cur\:%5.1lf%%\l

@@ tcp-established
TCP established
DEF:e=<%RRD_FOR tcp-established.gauge %>:n:AVERAGE
AREA:e#00c000:established
GPRINT:e:LAST:Cur\:%6.0lf
GPRINT:e:AVERAGE:Ave\:%6.0lf
GPRINT:e:MAX:Max\:%6.0lf\l
)";

struct BuiltIn
{
    const char* name;  // the definition's @@ name
    const char* group; // the group id
    const char* title; // the group's title
    ValueUnit unit;
};
const BuiltIn builtIns[] = {
    {"load", "load", QT_TRANSLATE_NOOP("HostPage", "Load"), ValueUnit::Number},
    {"memory", "memory", QT_TRANSLATE_NOOP("HostPage", "Memory"), ValueUnit::Bytes},
    {"traffic", "traffic", QT_TRANSLATE_NOOP("HostPage", "Traffic"), ValueUnit::BitsPerSec},
    {"disk-io", "disk-io", QT_TRANSLATE_NOOP("HostPage", "Disk I/O"), ValueUnit::BytesPerSec},
    {"disk-usage", "disk-usage", QT_TRANSLATE_NOOP("HostPage", "Disk usage"), ValueUnit::Percent},
    {"tcp-established", "tcp", QT_TRANSLATE_NOOP("HostPage", "TCP"), ValueUnit::Number},
};

const QList<GraphDefinition>& parsedBuiltIns()
{
    static const QList<GraphDefinition> graphs = [] {
        auto r = GraphDefinitionParser::parse(builtInDefinitions());
        Q_ASSERT(r.ok());
        return r.ok() ? *r : QList<GraphDefinition>{};
    }();
    return graphs;
}

class Planner
{
public:
    Planner(const QString& machine, const QList<SeriesInfo>& series, const QList<GraphDefinition>& defs,
            const DeviceMounts& mounts)
        : m_mounts(mounts)
    {
        m_plan.machine = machine;
        for (const auto& s : series)
            m_metrics.insert(s.key.metric);
        m_series = series;
        for (const auto& d : defs)
            m_user.insert(d.name, d);
    }

    HostPagePlan run()
    {
        cpu();
        for (const auto& b : builtIns) {
            const QString name = QString::fromLatin1(b.name);
            const bool mine = m_user.contains(name);
            const GraphDefinition def = mine ? m_user.take(name) : builtIn(name);
            addDefinition(QString::fromLatin1(b.group), trc(b.title), def,
                          mine ? GraphEvaluator::unitOf(def) : b.unit, !mine);
        }
        for (const auto& def : std::as_const(m_user))
            addDefinition(QStringLiteral("def:") + def.name, def.title, def, GraphEvaluator::unitOf(def),
                          false);
        others();
        return m_plan;
    }

private:
    static GraphDefinition builtIn(const QString& name)
    {
        for (const auto& g : parsedBuiltIns()) {
            if (g.name == name)
                return g;
        }
        return {};
    }

    bool applies(const GraphDefinition& def) const
    {
        for (const auto& d : def.defs) {
            if (!d.host.isEmpty() || m_metrics.contains(d.metric))
                return true;
        }
        return false;
    }

    void consume(const GraphDefinition& def)
    {
        for (const auto& d : def.defs) {
            if (d.host.isEmpty())
                m_used.insert(d.metric);
        }
    }

    QStringList devices(const GraphDefinition& def) const
    {
        QSet<QString> found;
        for (const auto& pattern : GraphDefinitionParser::devicePatterns(def)) {
            const QRegularExpression re(pattern);
            for (const auto& m : m_metrics) {
                const auto match = re.match(m);
                if (match.hasMatch())
                    found.insert(match.captured(1));
            }
        }
        QStringList list(found.begin(), found.end());
        list.sort();
        return list;
    }

    void addDefinition(const QString& groupId, const QString& title, const GraphDefinition& def,
                       ValueUnit unit, bool builtInGraph)
    {
        if (def.elements.isEmpty())
            return;
        HostGraphGroup group;
        group.id = groupId;
        group.title = title;
        QList<std::pair<QString, GraphDefinition>> graphs; // (device, graph)
        if (def.usesDevice) {
            const bool byMount = groupId == QLatin1String("disk-usage");
            QStringList devs = devices(def);
            if (byMount) // in mount order, the devices with no known mount last
                std::stable_sort(devs.begin(), devs.end(), [&](const QString& a, const QString& b) {
                    const QString ma = m_mounts.value(a).value(0), mb = m_mounts.value(b).value(0);
                    return ma.isEmpty() != mb.isEmpty() ? !ma.isEmpty() : ma < mb;
                });
            for (const auto& dev : std::as_const(devs))
                graphs.append(
                    {dev, GraphDefinitionParser::instantiate(
                              def, dev, byMount ? diskUsageTitle(dev, m_mounts.value(dev)) : QString())});
        } else {
            graphs.append({QString(), def});
        }
        for (const auto& [device, g] : std::as_const(graphs)) {
            if (!applies(g))
                continue;
            consume(g);
            HostGraph graph;
            graph.kind = HostGraph::Kind::Definition;
            graph.id = device.isEmpty() ? g.name : g.name + QLatin1Char(':') + device;
            graph.definition = g;
            graph.unit = unit;
            graph.builtIn = builtInGraph;
            group.graphs << graph;
        }
        if (!group.graphs.isEmpty())
            m_plan.groups << group;
    }

    void cpu()
    {
        bool any = false;
        for (const auto& m : std::as_const(m_metrics)) {
            if (m.startsWith(QLatin1String("cpu-"))) {
                any = true;
                m_used.insert(m);
            }
        }
        if (m_user.contains(QStringLiteral("cpu"))) {
            const GraphDefinition def = m_user.take(QStringLiteral("cpu"));
            addDefinition(QStringLiteral("cpu"), QCoreApplication::translate("HostPage", "CPU"), def,
                          GraphEvaluator::unitOf(def), false);
            return;
        }
        if (!any)
            return;
        HostGraph graph;
        graph.kind = HostGraph::Kind::CpuStack;
        graph.id = QStringLiteral("cpu");
        graph.unit = ValueUnit::Percent;
        m_plan.groups << HostGraphGroup{
            QStringLiteral("cpu"), QCoreApplication::translate("HostPage", "CPU"), {graph}};
    }

    // Everything no graph above reads: a group per source, a chart per key prefix.
    void others()
    {
        static const QStringList base = {QStringLiteral("processors")};
        QMap<QString, QMap<QString, QStringList>> bySource; // source -> prefix -> metrics
        for (const auto& s : std::as_const(m_series)) {
            if (m_used.contains(s.key.metric) && s.key.source == QLatin1String("local"))
                continue;
            if (m_used.contains(s.key.metric) && !hasOtherSource(s.key.metric))
                continue;
            if (base.contains(s.key.metric))
                continue;
            bySource[s.key.source][groupPrefix(s.key.metric)] << s.key.metric;
        }
        for (auto src = bySource.cbegin(); src != bySource.cend(); ++src) {
            HostGraphGroup group;
            group.id = QStringLiteral("series:") + src.key();
            group.title = QCoreApplication::translate("HostPage", "Series from %1").arg(src.key());
            for (auto pre = src->cbegin(); pre != src->cend(); ++pre) {
                QStringList metrics = *pre;
                metrics.sort();
                metrics.removeDuplicates();
                // At most 8 lines a chart: more do not read.
                for (qsizetype i = 0; i < metrics.size(); i += 8) {
                    HostGraph graph;
                    graph.kind = HostGraph::Kind::Series;
                    graph.source = src.key();
                    graph.metrics = metrics.mid(i, 8);
                    graph.title = pre.key();
                    graph.id = QStringLiteral("series:%1:%2").arg(src.key(), pre.key());
                    if (i > 0)
                        graph.id += QStringLiteral("#%1").arg(i / 8 + 1);
                    graph.unit = ValueFormat::unitForMetric(graph.metrics.first());
                    graph.builtIn = false;
                    group.graphs << graph;
                }
            }
            m_plan.groups << group;
        }
    }

    // A metric a built-in graph reads from the freshest source may come from others too
    // (node_exporter and the local collector both give memory-used): those get their own.
    bool hasOtherSource(const QString& metric) const
    {
        int n = 0;
        for (const auto& s : m_series)
            n += s.key.metric == metric;
        return n > 1;
    }

    HostPagePlan m_plan;
    QSet<QString> m_metrics;
    QSet<QString> m_used;
    QList<SeriesInfo> m_series;
    QMap<QString, GraphDefinition> m_user;
    DeviceMounts m_mounts;
};

} // namespace

const QString& builtInDefinitions()
{
    static const QString text = QString::fromUtf8(builtInText);
    return text;
}

HostPagePlan plan(const QString& machine, const QList<SeriesInfo>& series,
                  const QList<GraphDefinition>& definitions, const DeviceMounts& mounts)
{
    return Planner(machine, series, definitions, mounts).run();
}

QString diskUsageTitle(const QString& device, const QStringList& mounts)
{
    if (mounts.isEmpty())
        return device;
    return QCoreApplication::translate("HostPage", "%1 (%2)").arg(mounts.join(QStringLiteral(", ")), device);
}

GraphDefinitionSet loadDefinitions(const QString& dir)
{
    GraphDefinitionSet set;
    const QDir d(dir);
    if (dir.isEmpty() || !d.exists())
        return set;
    for (const auto& name : d.entryList({QStringLiteral("*.def")}, QDir::Files, QDir::Name)) {
        QFile f(d.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            set.errors << QStringLiteral("%1: %2").arg(name, f.errorString());
            continue;
        }
        const auto r =
            GraphDefinitionParser::parse(QString::fromUtf8(f.readAll()), QFileInfo(name).completeBaseName());
        if (!r.ok()) {
            set.errors << QStringLiteral("%1: %2").arg(name, r.error().message);
            continue;
        }
        set.graphs << *r;
    }
    return set;
}

QString defaultDefinitionsDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/opsdeck/graphs");
}

QString groupPrefix(const QString& metric)
{
    // A PromQL query: its first metric name (the first identifier not called as a function).
    if (metric.contains(QLatin1Char('(')) || metric.contains(QLatin1Char('{'))) {
        static const QRegularExpression ident(
            QStringLiteral("(?<![A-Za-z0-9_:])[A-Za-z_:][A-Za-z0-9_:]*+(?!\\s*\\()"));
        static const QSet<QString> words = {QStringLiteral("by"), QStringLiteral("without"),
                                            QStringLiteral("on")};
        auto it = ident.globalMatch(metric);
        while (it.hasNext()) {
            const auto m = it.next();
            const QChar before = m.capturedStart() > 0 ? metric.at(m.capturedStart() - 1) : QChar();
            if (!words.contains(m.captured(0)) && before != QLatin1Char('"') && before != QLatin1Char('[') &&
                metric.mid(m.capturedEnd(), 1) != QLatin1String("="))
                return m.captured(0);
        }
        return metric;
    }
    if (metric.contains(QLatin1Char('.')))
        return metric.section(QLatin1Char('.'), 0, -2);
    if (metric.contains(QLatin1Char('-')))
        return metric.section(QLatin1Char('-'), 0, 0);
    return metric;
}

} // namespace HostPagePlanner
} // namespace opsdeck
