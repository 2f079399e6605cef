#include "export/PngWriter.h"

#include <QImage>
#include <QtEndian>
#include <algorithm>
#include <array>
#include <limits>
#include <vector>

namespace opsdeck::PngWriter {

namespace {

const std::array<quint32, 256>& crcTable()
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    return table;
}

quint32 crc32(const char* data, qsizetype size, quint32 crc = 0xffffffffu)
{
    const auto& t = crcTable();
    for (qsizetype i = 0; i < size; ++i)
        crc = t[(crc ^ quint8(data[i])) & 0xff] ^ (crc >> 8);
    return crc;
}

void appendChunk(QByteArray& png, const char type[4], const char* data, qsizetype size)
{
    char be[4];
    qToBigEndian(quint32(size), be);
    png.append(be, 4);
    const qsizetype start = png.size();
    png.append(type, 4);
    png.append(data, size);
    const quint32 crc = crc32(png.constData() + start, size + 4) ^ 0xffffffffu;
    qToBigEndian(crc, be);
    png.append(be, 4);
}

// Colours to counts (then to palette indices) in open addressing: a chart has a few
// thousand colours and a lookup per run of pixels; QHash spent more than the compression.
class ColourTable
{
public:
    ColourTable() { resize(4096); }

    qint64& operator[](QRgb colour)
    {
        if ((m_used + 1) * 2 > qsizetype(m_keys.size()))
            resize(m_keys.size() * 2);
        qsizetype i = slot(colour);
        if (!m_filled[i]) {
            m_filled[i] = true;
            m_keys[i] = colour;
            m_values[i] = 0;
            ++m_used;
        }
        return m_values[i];
    }
    qint64 value(QRgb colour) const
    {
        const qsizetype i = slot(colour);
        return m_filled[i] ? m_values[i] : 0;
    }
    template <typename Fn> void forEach(Fn fn) const
    {
        for (qsizetype i = 0; i < qsizetype(m_keys.size()); ++i)
            if (m_filled[i])
                fn(m_keys[i], m_values[i]);
    }
    qsizetype size() const { return m_used; }

private:
    qsizetype slot(QRgb colour) const
    {
        const qsizetype mask = qsizetype(m_keys.size()) - 1;
        qsizetype i = qsizetype((colour * 2654435761u) >> 8) & mask;
        while (m_filled[i] && m_keys[i] != colour)
            i = (i + 1) & mask;
        return i;
    }
    void resize(qsizetype capacity)
    {
        std::vector<QRgb> keys = std::move(m_keys);
        std::vector<qint64> values = std::move(m_values);
        std::vector<bool> filled = std::move(m_filled);
        m_keys.assign(size_t(capacity), 0);
        m_values.assign(size_t(capacity), 0);
        m_filled.assign(size_t(capacity), false);
        m_used = 0;
        for (size_t i = 0; i < keys.size(); ++i)
            if (filled[i])
                (*this)[keys[i]] = values[i];
    }

    std::vector<QRgb> m_keys;
    std::vector<qint64> m_values;
    std::vector<bool> m_filled;
    qsizetype m_used = 0;
};

// Every colour of the image with its pixel count; a run of one colour costs one lookup.
ColourTable colourCounts(const QImage& image)
{
    ColourTable counts;
    const int w = image.width();
    const int h = image.height();
    for (int y = 0; y < h; ++y) {
        const QRgb* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        int x = 0;
        while (x < w) {
            const QRgb c = line[x] | 0xff000000u;
            int end = x + 1;
            while (end < w && (line[end] | 0xff000000u) == c)
                ++end;
            counts[c] += end - x;
            x = end;
        }
    }
    return counts;
}

int distance(QRgb a, QRgb b)
{
    const int dr = qRed(a) - qRed(b);
    const int dg = qGreen(a) - qGreen(b);
    const int db = qBlue(a) - qBlue(b);
    return 2 * dr * dr + 4 * dg * dg + 3 * db * db;
}

// The 256 most used colours as the palette, every other one mapped to its nearest.
ColourTable paletteFor(const ColourTable& counts, QList<QRgb>& palette)
{
    QList<std::pair<qint64, QRgb>> byUse;
    byUse.reserve(counts.size());
    counts.forEach([&](QRgb colour, qint64 count) { byUse.append({count, colour}); });
    std::sort(byUse.begin(), byUse.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    ColourTable index;
    for (qsizetype i = 0; i < byUse.size(); ++i) {
        const QRgb c = byUse.at(i).second;
        if (i < 256) {
            index[c] = i;
            palette.append(c);
            continue;
        }
        int best = 0;
        int bestDistance = std::numeric_limits<int>::max();
        for (int p = 0; p < palette.size(); ++p) {
            const int d = distance(c, palette.at(p));
            if (d < bestDistance) {
                bestDistance = d;
                best = p;
            }
        }
        index[c] = best;
    }
    return index;
}

// A filter byte of 0 before each row, then the pixels' palette indices.
QByteArray toIndexed(const QImage& image, const ColourTable& index)
{
    const int w = image.width();
    const int h = image.height();
    QByteArray rows(qsizetype(h) * (w + 1), Qt::Uninitialized);
    char* out = rows.data();
    for (int y = 0; y < h; ++y) {
        const QRgb* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        *out++ = 0;
        QRgb last = 0;
        char lastIndex = 0;
        bool known = false;
        for (int x = 0; x < w; ++x) {
            const QRgb c = line[x] | 0xff000000u;
            if (!known || c != last) {
                last = c;
                lastIndex = char(index.value(c));
                known = true;
            }
            *out++ = lastIndex;
        }
    }
    return rows;
}

QByteArray toRgb(const QImage& image)
{
    const int w = image.width();
    const int h = image.height();
    QByteArray rows(qsizetype(h) * (qsizetype(w) * 3 + 1), Qt::Uninitialized);
    char* out = rows.data();
    for (int y = 0; y < h; ++y) {
        const QRgb* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        *out++ = 0;
        for (int x = 0; x < w; ++x) {
            *out++ = char(qRed(line[x]));
            *out++ = char(qGreen(line[x]));
            *out++ = char(qBlue(line[x]));
        }
    }
    return rows;
}

} // namespace

QByteArray encode(const QImage& source, Colours options, int level)
{
    const QImage image = source.format() == QImage::Format_RGB32 || source.format() == QImage::Format_ARGB32
                             ? source
                             : source.convertToFormat(QImage::Format_RGB32);
    QList<QRgb> palette;
    QByteArray rows;
    const ColourTable counts = colourCounts(image);
    const bool indexed = options == Colours::Palette || counts.size() <= 256;
    if (indexed)
        rows = toIndexed(image, paletteFor(counts, palette));
    else
        rows = toRgb(image);

    // qCompress gives a zlib stream after a 4-byte length: that stream is what IDAT holds.
    const QByteArray compressed = qCompress(rows, level);
    rows = QByteArray();
    QByteArray png;
    png.reserve(compressed.size() + 1024 + 3 * 256);
    png.append("\x89PNG\r\n\x1a\n", 8);
    char header[13];
    qToBigEndian(quint32(image.width()), header);
    qToBigEndian(quint32(image.height()), header + 4);
    header[8] = 8;                            // bits per sample
    header[9] = indexed ? 3 : 2;              // palette or RGB
    header[10] = header[11] = header[12] = 0; // deflate, adaptive filtering, no interlace
    appendChunk(png, "IHDR", header, sizeof header);
    if (indexed) {
        QByteArray plte;
        for (QRgb c : std::as_const(palette))
            plte.append(char(qRed(c))).append(char(qGreen(c))).append(char(qBlue(c)));
        appendChunk(png, "PLTE", plte.constData(), plte.size());
    }
    appendChunk(png, "IDAT", compressed.constData() + 4, compressed.size() - 4);
    appendChunk(png, "IEND", nullptr, 0);
    return png;
}

} // namespace opsdeck::PngWriter
