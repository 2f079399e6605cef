#pragma once

#include <atomic>
#include <condition_variable>
#include <mutex>

namespace opsdeck {

// Reads run on the async pool with a pointer to a store their owner does not own: the
// owner holds a shared ReadGate, each read enters it before touching the store and leaves
// after, and the owner's destructor closes it and waits for the reads inside. A read
// queued behind a closed gate (or one whose own flag was cancelled) does not start.
class ReadGate
{
public:
    // On the pool's thread, before a read: false when it is no longer wanted.
    bool enter(const std::atomic_bool& cancelled)
    {
        const std::lock_guard lock(m_mutex);
        if (m_closed.load() || cancelled.load())
            return false;
        ++m_running;
        return true;
    }
    bool enter()
    {
        static const std::atomic_bool never = false;
        return enter(never);
    }
    void leave()
    {
        const std::lock_guard lock(m_mutex);
        --m_running;
        m_done.notify_all();
    }
    // A long read polls this between steps.
    bool isClosed() const { return m_closed.load(); }
    void closeAndWait()
    {
        std::unique_lock lock(m_mutex);
        m_closed = true;
        m_done.wait(lock, [this] { return m_running == 0; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_done;
    int m_running = 0;
    std::atomic_bool m_closed = false;
};

} // namespace opsdeck
