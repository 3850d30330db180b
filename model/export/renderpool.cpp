#include "renderpool.h"

#include "render/renderer.h"
#include "render/sitedata.h"

#include <QThread>

namespace Newsdesk {

RenderPool::RenderPool(int threads, QString themeFolder, std::shared_ptr<const SiteData> site)
    : m_threadCount(threads > 0 ? threads : std::max(1, QThread::idealThreadCount()))
    , m_themeFolder(std::move(themeFolder))
    , m_site(std::move(site))
    , m_capacity(size_t(m_threadCount) * 32)
{
}

RenderPool::~RenderPool()
{
    if (!m_threads.empty()) {
        fail(Error(Error::Kind::Cancelled, QString()));
        (void)finish();
    }
}

Status RenderPool::start()
{
    for (int i = 0; i < m_threadCount; ++i) {
        Result<Theme> theme = Theme::load(m_themeFolder);
        if (!theme)
            return theme.error();
        m_renderers.push_back(std::make_unique<Renderer>(std::move(theme).value(), m_site));
    }
    for (const std::unique_ptr<Renderer> &renderer : m_renderers)
        m_threads.emplace_back(&RenderPool::work, this, renderer.get());
    return {};
}

bool RenderPool::post(Job job)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_error || m_queue.size() < m_capacity; });
    if (m_error)
        return false;
    m_queue.push_back(std::move(job));
    m_changed.notify_all();
    return true;
}

void RenderPool::fail(const Error &reason)
{
    std::lock_guard lock(m_mutex);
    if (!m_error)
        m_error = reason;
    m_queue.clear();
    m_changed.notify_all();
}

Status RenderPool::finish(const std::function<void()> &idle)
{
    {
        std::unique_lock lock(m_mutex);
        m_closing = true;
        m_changed.notify_all();
        while (!m_changed.wait_for(lock, std::chrono::milliseconds(50), [this] {
            return (m_queue.empty() || m_error) && m_running == 0;
        })) {
            if (idle) {
                lock.unlock();
                idle();
                lock.lock();
            }
        }
    }
    for (std::thread &thread : m_threads)
        thread.join();
    m_threads.clear();
    if (m_error)
        return *m_error;
    return {};
}

void RenderPool::work(Renderer *renderer)
{
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_error || m_closing || !m_queue.empty(); });
            if (m_error || m_queue.empty()) {
                if (m_error || m_closing)
                    return;
                continue;
            }
            job = std::move(m_queue.front());
            m_queue.pop_front();
            ++m_running;
            m_changed.notify_all();
        }
        const Status status = job(*renderer);
        m_completed.fetch_add(1, std::memory_order_relaxed);
        std::lock_guard lock(m_mutex);
        --m_running;
        if (!status && !m_error) {
            m_error = status.error();
            m_queue.clear();
        }
        m_changed.notify_all();
    }
}

} // namespace Newsdesk
