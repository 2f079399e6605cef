#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace opsdeck {

// A page the window can show again: a machine's host page, a tree node's page or a
// dashboard, named by its key (machine name, node path, dashboard name).
struct PageEntry
{
    enum class Kind
    {
        Machine,
        Node,
        Dashboard
    };
    Kind kind = Kind::Machine;
    QString key;

    friend bool operator==(const PageEntry&, const PageEntry&) = default;
};

// A browser's back and forward list: visiting a page drops the pages ahead of the
// current one and is ignored when it is the current page already; going back or
// forward moves through the list without changing it. Keeps the newest `limit` pages.
class PageHistory
{
public:
    explicit PageHistory(int limit = 100);

    // False when `page` is the current page (nothing changes).
    bool visit(const PageEntry& page);
    // The page before / after the current one, which becomes current; nullopt at an end.
    std::optional<PageEntry> back();
    std::optional<PageEntry> forward();

    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current + 1 < m_pages.size(); }
    std::optional<PageEntry> current() const;
    std::optional<PageEntry> previous() const; // what back() would give
    std::optional<PageEntry> next() const;     // what forward() would give

    const QList<PageEntry>& pages() const { return m_pages; }
    qsizetype currentIndex() const { return m_current; }
    int limit() const { return m_limit; }
    void clear();

private:
    QList<PageEntry> m_pages;
    qsizetype m_current = -1;
    int m_limit;
};

} // namespace opsdeck
