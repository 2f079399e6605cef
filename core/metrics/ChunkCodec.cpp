#include "metrics/ChunkCodec.h"

#include <QCoreApplication>
#include <bit>
#include <cmath>
#include <cstring>

namespace opsdeck {

namespace {

constexpr int kFormatVersion = 2; // 2: integer columns carry a decimal scale
constexpr quint32 kMaxPoints = 1u << 24;
constexpr quint32 kMaxColumns = 16;

class BitWriter
{
public:
    void write(quint64 value, int bits)
    {
        for (int i = bits - 1; i >= 0; --i) {
            m_acc = (m_acc << 1) | ((value >> i) & 1u);
            if (++m_fill == 8) {
                m_out.append(char(m_acc));
                m_acc = 0;
                m_fill = 0;
            }
        }
    }
    void bit(bool b) { write(b ? 1 : 0, 1); }
    QByteArray finish()
    {
        if (m_fill > 0)
            m_out.append(char(m_acc << (8 - m_fill)));
        m_acc = 0;
        m_fill = 0;
        return m_out;
    }

private:
    QByteArray m_out;
    quint32 m_acc = 0;
    int m_fill = 0;
};

class BitReader
{
public:
    explicit BitReader(const QByteArray& in)
        : m_data(reinterpret_cast<const uchar*>(in.constData())), m_bits(qint64(in.size()) * 8)
    {}
    bool ok() const { return m_ok; }
    quint64 read(int bits)
    {
        if (m_pos + bits > m_bits) {
            m_ok = false;
            m_pos = m_bits;
            return 0;
        }
        quint64 v = 0;
        for (int i = 0; i < bits; ++i, ++m_pos)
            v = (v << 1) | ((m_data[m_pos >> 3] >> (7 - (m_pos & 7))) & 1u);
        return v;
    }
    bool bit() { return read(1) != 0; }
    void fail() { m_ok = false; }

private:
    const uchar* m_data;
    qint64 m_bits;
    qint64 m_pos = 0;
    bool m_ok = true;
};

quint64 bitsOf(double d)
{
    quint64 u;
    std::memcpy(&u, &d, sizeof u);
    return u;
}

double doubleOf(quint64 u)
{
    double d;
    std::memcpy(&d, &u, sizeof d);
    return d;
}

bool fitsSigned(qint64 v, int bits)
{
    const qint64 lim = qint64(1) << (bits - 1);
    return v >= -lim && v < lim;
}

qint64 signExtend(quint64 v, int bits)
{
    if (bits == 64)
        return qint64(v);
    const quint64 sign = quint64(1) << (bits - 1);
    return qint64((v ^ sign) - sign);
}

// Variable-length signed integer: prefixes 0 / 10 / 110 / 1110 / 11110 / 11111 select
// zero, 7, 9, 16, 32 or 64 bits.
constexpr int kTiers[] = {7, 9, 16, 32};

void writeSigned(BitWriter& w, qint64 v)
{
    if (v == 0) {
        w.bit(false);
        return;
    }
    for (int i = 0; i < 4; ++i) {
        if (fitsSigned(v, kTiers[i])) {
            w.write((quint64(1) << (i + 2)) - 2, i + 2); // i+1 ones then a zero
            w.write(quint64(v) & ((quint64(1) << kTiers[i]) - 1), kTiers[i]);
            return;
        }
    }
    w.write(0x1f, 5);
    w.write(quint64(v), 64);
}

qint64 readSigned(BitReader& r)
{
    int ones = 0;
    while (ones < 5 && r.bit())
        ++ones;
    if (!r.ok())
        return 0;
    if (ones == 0)
        return 0;
    if (ones == 5)
        return qint64(r.read(64));
    const int bits = kTiers[ones - 1];
    return signExtend(r.read(bits), bits);
}

void writeDeltaOfDeltas(BitWriter& w, const QList<qint64>& values)
{
    qint64 prev = 0;
    qint64 prevDelta = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i == 0) {
            w.write(quint64(values[0]), 64);
        } else {
            const qint64 delta = qint64(quint64(values[i]) - quint64(prev));
            writeSigned(w, qint64(quint64(delta) - quint64(prevDelta)));
            prevDelta = delta;
        }
        prev = values[i];
    }
}

QList<qint64> readDeltaOfDeltas(BitReader& r, quint32 n)
{
    QList<qint64> out;
    out.reserve(n);
    qint64 prev = 0;
    qint64 delta = 0;
    for (quint32 i = 0; i < n && r.ok(); ++i) {
        if (i == 0) {
            prev = qint64(r.read(64));
        } else {
            // unsigned arithmetic: damaged input wraps instead of overflowing
            delta = qint64(quint64(delta) + quint64(readSigned(r)));
            prev = qint64(quint64(prev) + quint64(delta));
        }
        out.append(prev);
    }
    return out;
}

constexpr double kPow10[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7};

// The smallest k (0..7) such that every value is a whole number of 10^-k, exactly as
// round(v * 10^k) / 10^k gives it back (so decimals like 0.37 or 12.5 cost a few bits
// instead of a 64-bit mantissa); -1 when there is none.
int decimalScale(const QList<double>& values, QList<qint64>* scaled)
{
    for (int k = 0; k < 8; ++k) {
        bool fits = true;
        scaled->clear();
        scaled->reserve(values.size());
        for (double v : values) {
            if (!std::isfinite(v) || (v == 0 && std::signbit(v)))
                return -1;
            const double r = std::round(v * kPow10[k]);
            if (std::abs(r) > 9007199254740992.0 || r / kPow10[k] != v) {
                fits = false;
                break;
            }
            scaled->append(qint64(r));
        }
        if (fits)
            return k;
    }
    return -1;
}

void writeXor(BitWriter& w, const QList<double>& values)
{
    quint64 prev = 0;
    int prevLead = -1;
    int prevTrail = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const quint64 cur = bitsOf(values[i]);
        if (i == 0) {
            w.write(cur, 64);
            prev = cur;
            continue;
        }
        const quint64 x = cur ^ prev;
        prev = cur;
        if (x == 0) {
            w.bit(false);
            continue;
        }
        w.bit(true);
        int lead = std::countl_zero(x);
        const int trail = std::countr_zero(x);
        if (lead > 31)
            lead = 31;
        if (prevLead >= 0 && lead >= prevLead && trail >= prevTrail) {
            w.bit(false);
            const int len = 64 - prevLead - prevTrail;
            w.write(x >> prevTrail, len);
        } else {
            w.bit(true);
            const int len = 64 - lead - trail;
            w.write(quint64(lead), 5);
            w.write(quint64(len == 64 ? 0 : len), 6);
            w.write(x >> trail, len);
            prevLead = lead;
            prevTrail = trail;
        }
    }
}

QList<double> readXor(BitReader& r, quint32 n)
{
    QList<double> out;
    out.reserve(n);
    quint64 prev = 0;
    int lead = 0;
    int trail = 0;
    for (quint32 i = 0; i < n && r.ok(); ++i) {
        if (i == 0) {
            prev = r.read(64);
        } else if (r.bit()) {
            if (r.bit()) {
                lead = int(r.read(5));
                int len = int(r.read(6));
                if (len == 0)
                    len = 64;
                if (lead + len > 64) {
                    r.fail();
                    break;
                }
                trail = 64 - lead - len;
            }
            const int len = 64 - lead - trail;
            prev ^= r.read(len) << trail;
        }
        out.append(doubleOf(prev));
    }
    return out;
}

} // namespace

QByteArray ChunkCodec::encode(const Columns& columns)
{
    BitWriter w;
    const auto n = quint32(columns.timestamps.size());
    w.write(kFormatVersion, 8);
    w.write(n, 32);
    w.write(quint64(columns.values.size()), 8);
    writeDeltaOfDeltas(w, columns.timestamps);
    for (const QList<double>& col : columns.values) {
        QList<qint64> ints;
        if (const int scale = decimalScale(col, &ints); scale >= 0) {
            w.bit(true);
            w.write(quint64(scale), 3);
            writeDeltaOfDeltas(w, ints);
        } else {
            w.bit(false);
            writeXor(w, col);
        }
    }
    return w.finish();
}

Result<ChunkCodec::Columns> ChunkCodec::decode(const QByteArray& bytes)
{
    BitReader r(bytes);
    const auto version = r.read(8);
    const auto n = quint32(r.read(32));
    const auto ncols = quint32(r.read(8));
    if (!r.ok() || (version != 1 && version != kFormatVersion) || n > kMaxPoints || ncols > kMaxColumns ||
        qint64(n) > qint64(bytes.size()) * 8)
        return Error::failure(
            QCoreApplication::translate("ChunkCodec", "a metrics chunk is damaged (bad header)"));
    Columns c;
    c.timestamps = readDeltaOfDeltas(r, n);
    for (quint32 i = 0; i < ncols && r.ok(); ++i) {
        if (r.bit()) {
            const int scale = version >= 2 ? int(r.read(3)) : 0;
            const QList<qint64> ints = readDeltaOfDeltas(r, n);
            QList<double> col;
            col.reserve(ints.size());
            for (qint64 v : ints)
                col.append(scale == 0 ? double(v) : double(v) / kPow10[scale]);
            c.values.append(col);
        } else {
            c.values.append(readXor(r, n));
        }
    }
    if (!r.ok() || quint32(c.timestamps.size()) != n || quint32(c.values.size()) != ncols)
        return Error::failure(
            QCoreApplication::translate("ChunkCodec", "a metrics chunk is damaged (truncated)"));
    for (const auto& col : std::as_const(c.values))
        if (quint32(col.size()) != n)
            return Error::failure(
                QCoreApplication::translate("ChunkCodec", "a metrics chunk is damaged (truncated)"));
    return c;
}

} // namespace opsdeck
