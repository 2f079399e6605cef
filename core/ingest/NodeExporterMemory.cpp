#include "ingest/NodeExporterMemory.h"

#include <QSet>
#include <array>
#include <optional>

namespace opsdeck {
namespace {

constexpr std::array<QByteArrayView, 20> kNames = {
    // Linux (meminfo)
    "node_memory_MemTotal_bytes",
    "node_memory_MemFree_bytes",
    "node_memory_Buffers_bytes",
    "node_memory_Cached_bytes",
    "node_memory_Inactive_bytes",
    "node_memory_SwapTotal_bytes",
    "node_memory_SwapFree_bytes",
    // macOS and the BSDs
    "node_memory_total_bytes",
    "node_memory_size_bytes",
    "node_memory_free_bytes",
    "node_memory_active_bytes",
    "node_memory_inactive_bytes",
    "node_memory_wired_bytes",
    "node_memory_compressed_bytes",
    "node_memory_laundry_bytes",
    "node_memory_buffer_bytes",
    "node_memory_cache_bytes",
    "node_memory_swap_total_bytes",
    "node_memory_swap_size_bytes",
    "node_memory_swap_used_bytes",
};

// Reads values by name and remembers which ones it handed out, to count them.
class Reader
{
public:
    explicit Reader(const QHash<QByteArray, double>& values) : m_values(values) {}

    std::optional<double> get(const char* name)
    {
        const auto it = m_values.constFind(QByteArray::fromRawData(name, qsizetype(qstrlen(name))));
        if (it == m_values.constEnd())
            return std::nullopt;
        m_used.insert(it.key());
        return it.value();
    }
    // The sum of all of `names` if every one is present (and then counts them all).
    std::optional<double> sum(std::initializer_list<const char*> names)
    {
        double total = 0;
        for (const char* n : names) {
            if (!m_values.contains(QByteArray::fromRawData(n, qsizetype(qstrlen(n)))))
                return std::nullopt;
        }
        for (const char* n : names)
            total += *get(n);
        return total;
    }
    int used() const { return int(m_used.size()); }

private:
    const QHash<QByteArray, double>& m_values;
    QSet<QByteArray> m_used;
};

} // namespace

bool NodeExporterMemory::wanted(QByteArrayView name)
{
    for (QByteArrayView n : kNames) {
        if (n == name)
            return true;
    }
    return false;
}

void NodeExporterMemory::read(QByteArrayView name, double value)
{
    if (wanted(name))
        m_values.insert(name.toByteArray(), value);
}

int NodeExporterMemory::flush(const std::function<void(const QString&, double)>& push) const
{
    Reader r(m_values);
    auto out = [&](const char* metric, std::optional<double> v) {
        if (v)
            push(QString::fromLatin1(metric), *v);
    };
    std::optional<double> swapTotal, swapFree, swapUsed;
    if (const auto memTotal = r.get("node_memory_MemTotal_bytes")) {
        const auto free = r.get("node_memory_MemFree_bytes");
        const auto buffers = r.get("node_memory_Buffers_bytes");
        const auto cached = r.get("node_memory_Cached_bytes");
        out("memory-total", memTotal);
        out("memory-free", free);
        out("memory-buffers", buffers);
        out("memory-cached", cached);
        out("memory-inactive", r.get("node_memory_Inactive_bytes"));
        if (free && buffers && cached)
            out("memory-used", *memTotal - *free - *buffers - *cached);
        swapTotal = r.get("node_memory_SwapTotal_bytes");
        swapFree = r.get("node_memory_SwapFree_bytes");
        if (swapTotal && swapFree)
            swapUsed = *swapTotal - *swapFree;
    } else {
        const bool darwin = m_values.contains("node_memory_total_bytes");
        const auto total = r.get(darwin ? "node_memory_total_bytes" : "node_memory_size_bytes");
        if (!total && !darwin && !m_values.contains("node_memory_free_bytes"))
            return r.used(); // no memory series at all
        out("memory-total", total);
        out("memory-free", r.get("node_memory_free_bytes"));
        if (!darwin) {
            out("memory-buffers", r.get("node_memory_buffer_bytes"));
            out("memory-cached", r.get("node_memory_cache_bytes"));
        }
        out("memory-inactive", r.get("node_memory_inactive_bytes"));
        std::optional<double> used = darwin ? r.sum({"node_memory_active_bytes", "node_memory_wired_bytes",
                                                     "node_memory_compressed_bytes"})
                                            : r.sum({"node_memory_active_bytes", "node_memory_wired_bytes"});
        if (used && !darwin)
            used = *used + r.get("node_memory_laundry_bytes").value_or(0);
        out("memory-used", used);
        swapTotal = r.get(darwin ? "node_memory_swap_total_bytes" : "node_memory_swap_size_bytes");
        swapUsed = r.get("node_memory_swap_used_bytes");
        if (swapTotal && swapUsed)
            swapFree = *swapTotal - *swapUsed;
    }
    out("memory-swap-total", swapTotal);
    out("memory-swap-free", swapFree);
    out("memory-swap-used", swapUsed);
    return r.used();
}

} // namespace opsdeck
