// Fuzz target: a graph definition file (core/charts/GraphDefinition), Kurado's
// metrics-graph text that a user drops into the graphs folder.
//
// 1. Parsing either fails with a message that names a line of the input (or says there
//    is no graph), or gives graphs that hold together: a title, at least one element,
//    every element and GPRINT naming a DEF or CDEF of the same graph, colours #rrggbb[aa],
//    every CDEF's names defined before it.
// 2. Instantiating a template and formatting every GPRINT (with ordinary and non-finite
//    values) never fails.

#include "charts/GraphDefinition.h"

#include <QRegularExpression>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace opsdeck;

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

void checkGraph(const GraphDefinition& g)
{
    static const QRegularExpression color(QStringLiteral("^#[0-9a-f]{6}([0-9a-f]{2})?$"));
    check(!g.title.isEmpty());
    check(!g.elements.isEmpty());
    for (const auto& e : g.elements) {
        check(g.def(e.value) || g.cdef(e.value));
        check(e.color.isEmpty() || color.match(e.color).hasMatch());
        check(e.width >= 0);
    }
    for (const auto& p : g.prints) {
        check(g.def(p.value) || g.cdef(p.value));
        for (double v : {0.0, -1.5, 1e300, std::nan(""), double(INFINITY)})
            (void)GraphDefinitionParser::formatPrint(p.format, v);
    }
    for (const auto& c : g.cdefs) {
        for (const auto& t : c.rpn) {
            const GraphCdef* other = g.cdef(t);
            // A name used in a CDEF is a DEF or an earlier CDEF, never itself or a later one.
            if (other)
                check(other->line < c.line);
        }
    }
    if (g.usesDevice) {
        const GraphDefinition one = GraphDefinitionParser::instantiate(g, QStringLiteral("eth0"));
        for (const auto& d : one.defs)
            check(!d.metric.contains(QLatin1String("<?=")));
        (void)GraphDefinitionParser::devicePatterns(g);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto r = GraphDefinitionParser::parse(text, QStringLiteral("fuzz"));
    if (!r.ok()) {
        static const QRegularExpression lineNo(QStringLiteral("^line (\\d+): "));
        const auto m = lineNo.match(r.error().message);
        if (m.hasMatch()) {
            const qsizetype lines = text.count(QLatin1Char('\n')) + 1;
            check(m.captured(1).toLongLong() >= 1 && m.captured(1).toLongLong() <= lines);
        } else {
            check(r.error().message.startsWith(QLatin1String("no graph")));
        }
        return 0;
    }
    check(!r->isEmpty());
    for (const auto& g : *r)
        checkGraph(g);
    return 0;
}
