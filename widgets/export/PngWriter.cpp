#include "export/PngWriter.h"

#include <QImage>
#include <algorithm>
#include <array>
#include <limits>
#include <png.h>
#include <vector>

namespace opsdeck::PngWriter {

namespace {

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

// The pixels' palette indices, row after row.
QByteArray toIndexed(const QImage& image, const ColourTable& index)
{
    const int w = image.width();
    const int h = image.height();
    QByteArray rows(qsizetype(h) * w, Qt::Uninitialized);
    char* out = rows.data();
    for (int y = 0; y < h; ++y) {
        const QRgb* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
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
    QByteArray rows(qsizetype(h) * qsizetype(w) * 3, Qt::Uninitialized);
    char* out = rows.data();
    for (int y = 0; y < h; ++y) {
        const QRgb* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < w; ++x) {
            *out++ = char(qRed(line[x]));
            *out++ = char(qGreen(line[x]));
            *out++ = char(qBlue(line[x]));
        }
    }
    return rows;
}

void appendBytes(png_structp png, png_bytep data, size_t size)
{
    static_cast<QByteArray*>(png_get_io_ptr(png))
        ->append(reinterpret_cast<const char*>(data), qsizetype(size));
}

void flushNothing(png_structp) {}

// libpng reports errors by longjmp: only plain data lives in this frame.
bool writePng(QByteArray* out, int width, int height, bool indexed, const png_color* palette, int colours,
              const char* rows, int level)
{
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    if (!png)
        return false;
    png_infop info = png_create_info_struct(png);
    if (!info || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return false;
    }
    png_set_write_fn(png, out, &appendBytes, &flushNothing);
    png_set_compression_level(png, level);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE); // a chart's flat areas need none
    png_set_IHDR(png, info, png_uint_32(width), png_uint_32(height), 8,
                 indexed ? PNG_COLOR_TYPE_PALETTE : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    if (indexed)
        png_set_PLTE(png, info, palette, colours);
    png_write_info(png, info);
    const size_t stride = size_t(width) * (indexed ? 1 : 3);
    for (int y = 0; y < height; ++y)
        png_write_row(png, reinterpret_cast<png_const_bytep>(rows + stride * size_t(y)));
    png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
    return true;
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

    std::vector<png_color> colours;
    for (QRgb c : std::as_const(palette))
        colours.push_back({png_byte(qRed(c)), png_byte(qGreen(c)), png_byte(qBlue(c))});
    QByteArray png;
    png.reserve(rows.size() / 4 + 1024);
    if (!writePng(&png, image.width(), image.height(), indexed, colours.data(), int(colours.size()),
                  rows.constData(), level))
        return {};
    return png;
}

} // namespace opsdeck::PngWriter
