#include "metrics/ChunkCodec.h"
#include "metrics/ChunkStore.h"

#include <QRandomGenerator>
#include <QTest>
#include <cmath>
#include <limits>

using namespace opsdeck;

class TstChunkCodec : public QObject
{
    Q_OBJECT
private:
    static void roundTrip(const ChunkCodec::Columns& c)
    {
        const QByteArray bytes = ChunkCodec::encode(c);
        auto back = ChunkCodec::decode(bytes);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back->timestamps, c.timestamps);
        QCOMPARE(back->values.size(), c.values.size());
        for (qsizetype col = 0; col < c.values.size(); ++col)
            for (qsizetype i = 0; i < c.timestamps.size(); ++i)
                QCOMPARE(std::bit_cast<quint64>(back->values[col][i]),
                         std::bit_cast<quint64>(c.values[col][i]));
    }

private slots:
    void emptyChunk() { roundTrip({}); }

    void regularGaugeIsSmall()
    {
        ChunkCodec::Columns c;
        QList<double> v;
        for (int i = 0; i < 1440; ++i) {
            c.timestamps.append(1'700'000'000 + i * 60);
            v.append(0.25 * (i % 8));
        }
        c.values.append(v);
        roundTrip(c);
        // Regular timestamps cost one bit each; eight repeating values compress well.
        QVERIFY2(ChunkCodec::encode(c).size() < 1440 * 3, QByteArray::number(ChunkCodec::encode(c).size()));
    }

    void steadyCounterUsesIntegerDeltas()
    {
        ChunkCodec::Columns c;
        QList<double> v;
        double counter = 4'000'000'000.0;
        for (int i = 0; i < 1440; ++i) {
            c.timestamps.append(1'700'000'000 + i * 60);
            counter += 6000 + (i % 7);
            v.append(counter);
        }
        c.values.append(v);
        roundTrip(c);
        QVERIFY2(ChunkCodec::encode(c).size() < 1440 * 2, QByteArray::number(ChunkCodec::encode(c).size()));
    }

    void randomDoublesAndIrregularTimes()
    {
        auto* rng = QRandomGenerator::global();
        ChunkCodec::Columns c;
        QList<double> a, b;
        qint64 t = 1'600'000'000;
        for (int i = 0; i < 2000; ++i) {
            t += 1 + rng->bounded(300);
            c.timestamps.append(t);
            a.append(rng->generateDouble() * 1e6 - 5e5);
            b.append(i % 3 == 0 ? -0.0 : std::pow(2.0, rng->bounded(100)) * (rng->generateDouble() - 0.5));
        }
        c.values = {a, b};
        roundTrip(c);
    }

    void extremesSurvive()
    {
        ChunkCodec::Columns c;
        c.timestamps = {-5, 0, 1, qint64(1) << 40, (qint64(1) << 40) + 1};
        c.values = {{std::numeric_limits<double>::max(), -std::numeric_limits<double>::max(),
                     std::numeric_limits<double>::denorm_min(), 9007199254740992.0, -9007199254740992.0},
                    {18446744073709551615.0, 0, 1, 2, 3}};
        roundTrip(c);
    }

    void damagedInputIsAnError()
    {
        ChunkCodec::Columns c;
        for (int i = 0; i < 100; ++i) {
            c.timestamps.append(i * 60);
        }
        c.values.append(QList<double>(100, 1.5));
        const QByteArray good = ChunkCodec::encode(c);
        for (int cut = 0; cut < good.size(); ++cut)
            QVERIFY(!ChunkCodec::decode(good.left(cut)).ok());
        QVERIFY(!ChunkCodec::decode(QByteArray("\x07garbage", 8)).ok());
        // Random bytes never crash.
        auto* rng = QRandomGenerator::global();
        for (int i = 0; i < 500; ++i) {
            QByteArray junk(1 + rng->bounded(64), '\0');
            for (auto& ch : junk)
                ch = char(rng->bounded(256));
            junk[0] = 1;
            (void)ChunkCodec::decode(junk);
        }
    }

    void sortKeepLastKeepsTheLaterWrite()
    {
        QList<RawPoint> pts{{60, 1}, {0, 2}, {60, 3}, {120, 4}, {60, 5}};
        ChunkFormat::sortKeepLast(pts);
        QCOMPARE(pts.size(), 3);
        QCOMPARE(pts[0].timestamp, 0);
        QCOMPARE(pts[1].value, 5.0);
        QCOMPARE(pts[2].value, 4.0);
    }

    void bucketsRoundTrip()
    {
        QList<Bucket> in{{300, 1.5, 1, 2, 5}, {900, 0.1, -3, 7, 3}};
        auto out = ChunkFormat::decodeBuckets(ChunkFormat::encodeBuckets(in));
        QVERIFY(out.ok());
        QCOMPARE(out->size(), 2);
        QCOMPARE(out->at(1).start, 900);
        QCOMPARE(out->at(1).min, -3.0);
        QCOMPARE(out->at(1).count, 3u);
    }
};

QTEST_APPLESS_MAIN(TstChunkCodec)
#include "tst_chunkcodec.moc"
