#include "navigation/PageHistory.h"

#include <QTest>

using namespace opsdeck;

namespace {

PageEntry machine(const QString& name)
{
    return {PageEntry::Kind::Machine, name};
}

PageEntry node(const QString& path)
{
    return {PageEntry::Kind::Node, path};
}

} // namespace

class TestPageHistory : public QObject
{
    Q_OBJECT

private slots:
    void startsEmpty()
    {
        PageHistory h;
        QVERIFY(!h.canGoBack());
        QVERIFY(!h.canGoForward());
        QVERIFY(!h.current());
        QVERIFY(!h.back());
        QVERIFY(!h.forward());
        QCOMPARE(h.currentIndex(), -1);
    }

    void walksBackAndForwardWithoutPushing()
    {
        PageHistory h;
        QVERIFY(h.visit(machine("a")));
        QVERIFY(h.visit(machine("b")));
        QVERIFY(h.visit(node("shop/web")));
        QCOMPARE(h.pages().size(), 3);
        QVERIFY(h.canGoBack());
        QVERIFY(!h.canGoForward());
        QCOMPARE(h.previous(), machine("b"));
        QCOMPARE(h.back(), machine("b"));
        QCOMPARE(h.back(), machine("a"));
        QVERIFY(!h.canGoBack());
        QVERIFY(!h.back());
        QCOMPARE(h.current(), machine("a"));
        QCOMPARE(h.next(), machine("b"));
        QCOMPARE(h.forward(), machine("b"));
        QCOMPARE(h.forward(), node("shop/web"));
        QVERIFY(!h.forward());
        QCOMPARE(h.pages().size(), 3); // going back and forth pushed nothing
    }

    void visitingDropsTheForwardList()
    {
        PageHistory h;
        h.visit(machine("a"));
        h.visit(machine("b"));
        h.visit(machine("c"));
        h.back();
        h.back();
        QVERIFY(h.canGoForward());
        QVERIFY(h.visit(node("ops")));
        QVERIFY(!h.canGoForward());
        QCOMPARE(h.pages(), QList<PageEntry>({machine("a"), node("ops")}));
        QCOMPARE(h.back(), machine("a"));
    }

    void theCurrentPageIsNotPushedAgain()
    {
        PageHistory h;
        QVERIFY(h.visit(machine("a")));
        QVERIFY(!h.visit(machine("a")));
        QCOMPARE(h.pages().size(), 1);
        // The same key of another kind is another page.
        QVERIFY(h.visit(node("a")));
        QVERIFY(h.visit(machine("a")));
        QCOMPARE(h.pages().size(), 3);
        // Visiting the page back() went to pushes nothing and keeps the forward list.
        h.back();
        QVERIFY(!h.visit(node("a")));
        QVERIFY(h.canGoForward());
    }

    void keepsTheNewestPages()
    {
        PageHistory h(100);
        for (int i = 0; i < 250; ++i)
            h.visit(machine(QString::number(i)));
        QCOMPARE(h.pages().size(), 100);
        QCOMPARE(h.current(), machine("249"));
        QCOMPARE(h.pages().first(), machine("150"));
        int back = 0;
        while (h.back())
            ++back;
        QCOMPARE(back, 99);
        QCOMPARE(h.current(), machine("150"));
        PageHistory one(0); // at least the current page
        one.visit(machine("x"));
        one.visit(machine("y"));
        QCOMPARE(one.pages(), QList<PageEntry>({machine("y")}));
        QVERIFY(!one.canGoBack());
    }

    void clearForgetsEverything()
    {
        PageHistory h;
        h.visit(machine("a"));
        h.visit(machine("b"));
        h.clear();
        QVERIFY(!h.current());
        QVERIFY(!h.canGoBack());
        QVERIFY(h.visit(machine("b")));
    }
};

QTEST_APPLESS_MAIN(TestPageHistory)
#include "tst_pagehistory.moc"
