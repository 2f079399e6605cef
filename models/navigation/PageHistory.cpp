#include "navigation/PageHistory.h"

#include <algorithm>

namespace opsdeck {

PageHistory::PageHistory(int limit) : m_limit(std::max(1, limit)) {}

bool PageHistory::visit(const PageEntry& page)
{
    if (current() == page)
        return false;
    m_pages.resize(m_current + 1); // the pages ahead are dropped
    m_pages.append(page);
    if (m_pages.size() > m_limit)
        m_pages.remove(0, m_pages.size() - m_limit);
    m_current = m_pages.size() - 1;
    return true;
}

std::optional<PageEntry> PageHistory::back()
{
    if (!canGoBack())
        return std::nullopt;
    return m_pages.at(--m_current);
}

std::optional<PageEntry> PageHistory::forward()
{
    if (!canGoForward())
        return std::nullopt;
    return m_pages.at(++m_current);
}

std::optional<PageEntry> PageHistory::current() const
{
    if (m_current < 0)
        return std::nullopt;
    return m_pages.at(m_current);
}

std::optional<PageEntry> PageHistory::previous() const
{
    if (!canGoBack())
        return std::nullopt;
    return m_pages.at(m_current - 1);
}

std::optional<PageEntry> PageHistory::next() const
{
    if (!canGoForward())
        return std::nullopt;
    return m_pages.at(m_current + 1);
}

void PageHistory::clear()
{
    m_pages.clear();
    m_current = -1;
}

} // namespace opsdeck
