#pragma once

#include "metrics/Sample.h"

#include <QList>
#include <QString>

namespace opsdeck {

// One named text fact: a meta entry ("uptime" -> "57649") or a warning ("disk_io" -> why).
struct CollectorFact
{
    QString key;
    QString value;

    friend bool operator==(const CollectorFact&, const CollectorFact&) = default;
};

// What one conf.d plugin gave in one pass: its metrics (named "<plugin>.<name>" in the
// store, as Kurado files them per plugin), its meta ("<plugin>.<name>") and its warnings
// (timeout, exit status, malformed lines, configuration problems), keyed by what.
struct PluginPass
{
    QString name;
    SampleBatch samples;
    QList<CollectorFact> meta;     // key without the plugin part
    QList<CollectorFact> warnings; // key without the plugin part
};

// What one pass of the local collector read: Kurado's base metrics as samples (sorted
// as the agent sorts them: by "<metric>.<type>"), host meta (sorted by key), and a warning for each part that
// could not be read (Kurado's "base.warn.<part>" lines; the other parts still count).
struct CollectorPass
{
    qint64 timestamp = 0; // epoch seconds
    QString machine;
    SampleBatch samples;
    QList<CollectorFact> meta;
    QList<CollectorFact> warnings;
    QList<PluginPass> plugins; // conf.d plugins: files in name order, then plugin names

    // Samples of the base collector and of every plugin.
    int sampleCount() const;
    // The sample of `metric`, or nullptr.
    const IncomingSample* sample(const QString& metric) const;
    // The meta value of `key`, or a null QString.
    QString metaValue(const QString& key) const;
};

// The pass in kurado_agent's --dump form, one line each, "\n"-terminated:
//   base.metrics.cpu-user.derive<TAB>44682<TAB>1404873350
//   base.meta.uptime<TAB>57649<TAB>1404873350
//   base.warn.disk_io<TAB>why<TAB>1404873350
// in the order the pass holds them (metrics, then meta, then warnings), then each
// plugin's lines the same way with its own name for "base":
//   process.metrics.fork.derive<TAB>123<TAB>1404873350
//   process.warn.timeout<TAB>no answer within 10 s<TAB>1404873350
QByteArray formatKuradoDump(const CollectorPass& pass);

// A sample value as the dump prints it: whole numbers without a fraction, others with
// up to 15 significant digits.
QByteArray formatDumpValue(double value);

} // namespace opsdeck
