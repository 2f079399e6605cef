#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace opsdeck {

// One graph of Kurado's `metrics-graph` protocol (RRDtool graph lines), as a value:
//
//   @@ traffic                 (optional: names the graph; a file may hold several)
//   Throughput                 the first line: the graph's title and vertical label
//   DEF:in=<%RRD_FOR traffic-<?= $device ?>-rxbytes.derive %>:n:AVERAGE
//   CDEF:bits=in,8,*           RPN over DEFs and numbers (+ - * / LIMIT MIN MAX ...)
//   AREA:bits#00C000:Inbound   LINE0..3 / AREA / STACK, colour #RRGGBB[AA], legend
//   GPRINT:bits:LAST:Cur\:%6.2lf%sbps   LAST | AVERAGE | MAX | MIN with a printf format
//
// `<?= $device ?>` makes the graph a template, one graph per device (instantiate()).
// Lines starting with `#` are comments. What RRDtool has and a chart cannot show (VDEF,
// HRULE, COMMENT, CDEF operators outside the supported set) is left out with a note in
// `notes`, as are the elements that depend on it.
struct GraphDef
{
    QString name;
    QString metric; // Kurado key or Graphite path, without the `.gauge` type suffix
    QString type;   // gauge | counter | derive | absolute | empty
    QString host;   // <%RRD_EX plugin host key %>: another machine; empty: this one
    QString consolidation = QStringLiteral("AVERAGE"); // AVERAGE | MIN | MAX | LAST
    int line = 0;
};

struct GraphCdef
{
    QString name;
    QStringList rpn;
    int line = 0;
};

enum class GraphElementStyle
{
    Line,
    Area,
    Stack // on top of the element before it (STACK:, or LINE/AREA with :STACK)
};

struct GraphElement
{
    GraphElementStyle style = GraphElementStyle::Line;
    QString value;         // a DEF or CDEF name
    QString color;         // "#rrggbb" or "#rrggbbaa"; empty: not drawn (legend only)
    QString legend;        // as written, without RRDtool's trailing \l \r \c \j \g
    double width = 1;      // LINE1 = 1, LINE2 = 2; AREA/STACK 0
    bool areaFill = false; // AREA, or STACK on an area
    QList<double> dashes;
    int line = 0;
};

enum class GraphStatistic
{
    Last,
    Average,
    Max,
    Min
};

struct GraphPrint
{
    QString value;
    GraphStatistic statistic = GraphStatistic::Last;
    QString format; // unescaped printf-like text: "Cur:%6.2lf%sbps"
    int line = 0;
};

struct GraphDefinition
{
    QString name;  // from `@@ name`, else the file's base name
    QString title; // also the vertical label, as Kurado uses the first line
    QList<GraphDef> defs;
    QList<GraphCdef> cdefs;
    QList<GraphElement> elements;
    QList<GraphPrint> prints;
    QStringList notes;       // "line 12: VDEF is not supported, left out"
    bool usesDevice = false; // holds <?= $device ?>
    int line = 0;            // where the graph starts

    const GraphDef* def(const QString& name) const;
    const GraphCdef* cdef(const QString& name) const;
    // The GPRINTs of one element's value, in file order.
    QList<GraphPrint> printsOf(const QString& value) const;
};

namespace GraphDefinitionParser {

// Every graph of `text`. Errors name the line: "line 7: unknown element 'LIEN2'".
// `fallbackName` names a graph that has no `@@` line.
Result<QList<GraphDefinition>> parse(const QString& text, const QString& fallbackName = {});

// The graph with `<?= $device ?>` replaced by `device` in every DEF, and in the title by
// `titleText` (default: the device; the host page gives a disk's mount points).
GraphDefinition instantiate(const GraphDefinition& graph, const QString& device,
                            const QString& titleText = {});

// The DEF metrics of a template with `<?= $device ?>` as a regular expression whose
// first capture is the device ("^traffic-(.+)-rxbytes$").
QStringList devicePatterns(const GraphDefinition& graph);

// RRDtool's GPRINT format with a value: %[flags][width][.prec]lf|le|lg|f|g|e, %s (the
// value scaled to an SI prefix printed there), %% (a percent sign).
QString formatPrint(const QString& format, double value);

// The RPN operators a CDEF may use.
const QStringList& supportedOperators();

} // namespace GraphDefinitionParser
} // namespace opsdeck
