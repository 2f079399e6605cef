// Fuzz target: the metric cache's chunk codec (a chunk is read back from a file that a
// crash or a disk can damage).
//
// 1. The input as a chunk: decode either fails, or gives columns of the length the
//    header claims, and encoding them again decodes to the same bits.
// 2. The input as the recipe of a chunk (timestamps and value columns of every kind the
//    encoder tells apart): encode then decode gives the same bits back.

#include "metrics/ChunkCodec.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace opsdeck;

namespace {

// Reads little pieces off the input; zeros once it runs out.
class Recipe
{
public:
    Recipe(const uint8_t* data, size_t size) : m_data(data), m_size(size) {}
    bool done() const { return m_pos >= m_size; }
    size_t size() const { return m_size; }
    uint64_t take(int bytes)
    {
        uint64_t v = 0;
        for (int i = 0; i < bytes; ++i)
            v = (v << 8) | (m_pos < m_size ? m_data[m_pos++] : 0);
        return v;
    }

private:
    const uint8_t* m_data;
    size_t m_size;
    size_t m_pos = 0;
};

bool sameBits(const ChunkCodec::Columns& a, const ChunkCodec::Columns& b)
{
    if (a.timestamps != b.timestamps || a.values.size() != b.values.size())
        return false;
    for (qsizetype c = 0; c < a.values.size(); ++c) {
        const QList<double>& x = a.values[c];
        const QList<double>& y = b.values[c];
        if (x.size() != y.size() || (!x.isEmpty() && std::memcmp(x.constData(), y.constData(),
                                                                 size_t(x.size()) * sizeof(double)) != 0))
            return false;
    }
    return true;
}

// Encoding `c` and decoding it again must give `c` bit for bit.
void checkRoundTrip(const ChunkCodec::Columns& c)
{
    const auto back = ChunkCodec::decode(ChunkCodec::encode(c));
    if (!back.ok() || !sameBits(c, *back))
        std::abort();
}

constexpr double kPow10[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};

// The encoder's column kinds: any doubles (XOR), whole numbers (delta-of-deltas), whole
// numbers of 10^-k (scaled), numbers it must not take for whole (beyond 2^53, -0).
double valueOf(Recipe& in, int kind, int scale, qsizetype i, double prev)
{
    switch (kind) {
    case 0: { // any double: NaN payloads, -0, denormals, infinities
        const uint64_t bits = in.take(8);
        double d;
        std::memcpy(&d, &bits, sizeof d);
        return d;
    }
    case 1: // a counter: small steps, sometimes a reset
        return in.take(1) == 0 ? 0 : prev + double(in.take(1));
    case 2: // decimals with `scale` places (8: one too many for the scaled path)
        return double(int32_t(in.take(3) << 8) >> 8) / kPow10[scale];
    case 3: // a constant with the odd jump to a large whole number
        return in.take(1) < 250 ? prev : double(int64_t(in.take(8) >> (i % 11)));
    default: // near and beyond 2^53, and -0
        return in.take(1) % 7 == 0 ? -0.0 : 9007199254740992.0 + double(int8_t(in.take(1))) * 2;
    }
}

ChunkCodec::Columns fromRecipe(Recipe& in)
{
    ChunkCodec::Columns c;
    const int columns = int(in.take(1) % 6);
    int kinds[5] = {};
    int scales[5] = {};
    for (int k = 0; k < columns; ++k) {
        // varies with the column and the input's length even where the input is zeros
        const auto b = int(in.take(1) + uint64_t(k) + in.size());
        kinds[k] = b % 5;
        scales[k] = (b / 5) % 9;
    }
    c.values.resize(columns);
    qint64 ts = qint64(in.take(8));
    while (!in.done() && c.timestamps.size() < 4096) {
        // mostly a regular step, sometimes any jump (wrapping arithmetic in the codec)
        const uint64_t step = in.take(1);
        ts = qint64(uint64_t(ts) + (step < 200 ? 60 : step < 250 ? step : in.take(8)));
        c.timestamps.append(ts);
        for (int k = 0; k < columns; ++k) {
            const double prev = c.values[k].isEmpty() ? 0 : c.values[k].last();
            c.values[k].append(valueOf(in, kinds[k], scales[k], c.timestamps.size(), prev));
        }
    }
    return c;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    if (const auto decoded = ChunkCodec::decode(bytes); decoded.ok()) {
        const ChunkCodec::Columns& c = *decoded;
        if (size < 6 ||
            c.timestamps.size() != qsizetype(uint32_t(data[1]) << 24 | uint32_t(data[2]) << 16 |
                                             uint32_t(data[3]) << 8 | data[4]) ||
            c.values.size() != data[5])
            std::abort(); // not what the header says
        for (const QList<double>& col : c.values) {
            if (col.size() != c.timestamps.size())
                std::abort();
        }
        checkRoundTrip(c);
    }
    Recipe recipe(data, size);
    checkRoundTrip(fromRecipe(recipe));
    return 0;
}
