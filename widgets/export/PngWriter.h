#pragma once

#include <QByteArray>

class QImage;

namespace opsdeck {

// A PNG encoder for charts over libpng (Debian's libpng16) and nothing else: QImageWriter
// loads every image-format plugin (and libjpeg) to find the PNG handler, a third of a
// headless export's CPU. Opaque images only (the alpha is dropped).
namespace PngWriter {

enum class Colours
{
    Exact,  // a palette (one byte a pixel) when the image has at most 256 colours, else 8-bit RGB
    Palette // always a palette: past 256 colours, the rarer ones (antialiasing shades) take the
            // nearest of the 256 most used; a third of the bytes to compress, a quarter of the file
};

// `level`: zlib's 1 (fast) to 9 (small).
QByteArray encode(const QImage& image, Colours colours = Colours::Exact, int level = 6);

} // namespace PngWriter
} // namespace opsdeck
