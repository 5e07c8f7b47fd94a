#include "latencyrelay.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>

namespace Backroom {

#ifdef Q_OS_UNIX

namespace {

using Clock = std::chrono::steady_clock;

// One direction of one connection: a reader that stamps what arrives and a
// sender that hands it on when its time has come, so bytes in flight
// overlap as on a wire instead of queueing behind one another's delay.
class Pipe
{
public:
    Pipe(int from, int to, std::chrono::microseconds delay)
        : m_from(from)
        , m_to(to)
        , m_delay(delay)
    {
        m_reader = std::thread([this] { read(); });
        m_sender = std::thread([this] { send(); });
    }
    ~Pipe()
    {
        m_reader.join();
        m_sender.join();
    }

private:
    void read()
    {
        char buffer[65536];
        for (;;) {
            const ssize_t got = ::recv(m_from, buffer, sizeof buffer, 0);
            std::lock_guard lock(m_mutex);
            if (got <= 0) {
                m_closed = true;
                m_ready.notify_one();
                return;
            }
            m_queue.push_back({Clock::now() + m_delay, std::string(buffer, size_t(got))});
            m_ready.notify_one();
        }
    }

    void send()
    {
        for (;;) {
            std::unique_lock lock(m_mutex);
            m_ready.wait(lock, [this] { return !m_queue.empty() || m_closed; });
            if (m_queue.empty()) {
                ::shutdown(m_to, SHUT_WR);
                return;
            }
            const auto [due, bytes] = std::move(m_queue.front());
            m_queue.pop_front();
            lock.unlock();
            std::this_thread::sleep_until(due);
            for (size_t sent = 0; sent < bytes.size();) {
                const ssize_t wrote = ::send(m_to, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
                if (wrote <= 0) {
                    ::shutdown(m_from, SHUT_RD);
                    return;
                }
                sent += size_t(wrote);
            }
        }
    }

    struct Chunk
    {
        Clock::time_point due;
        std::string bytes;
    };
    int m_from;
    int m_to;
    std::chrono::microseconds m_delay;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<Chunk> m_queue;
    bool m_closed = false;
    std::thread m_reader;
    std::thread m_sender;
};

void noDelay(int socket)
{
    const int on = 1;
    ::setsockopt(socket, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
}

} // namespace

struct LatencyRelay::Link
{
    Link(int client, int server, std::chrono::microseconds delay)
        : client(client)
        , server(server)
        , up(std::make_unique<Pipe>(client, server, delay))
        , down(std::make_unique<Pipe>(server, client, delay))
    {
    }
    ~Link()
    {
        ::shutdown(client, SHUT_RDWR);
        ::shutdown(server, SHUT_RDWR);
        up.reset();
        down.reset();
        ::close(client);
        ::close(server);
    }
    int client;
    int server;
    std::unique_ptr<Pipe> up;
    std::unique_ptr<Pipe> down;
};

LatencyRelay::LatencyRelay(QString targetHost, quint16 targetPort, std::chrono::microseconds oneWay)
    : m_targetHost(std::move(targetHost))
    , m_targetPort(targetPort)
    , m_oneWay(oneWay)
{
}

LatencyRelay::~LatencyRelay()
{
    m_stopping = true;
    if (m_acceptor.joinable())
        m_acceptor.join();
    if (m_listener >= 0)
        ::close(m_listener);
    m_links.clear();
}

bool LatencyRelay::start()
{
    m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(m_listener, 64) != 0
        || ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        m_error = QStringLiteral("the relay cannot listen: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_port = ntohs(address.sin_port);
    m_acceptor = std::thread([this] { acceptLoop(); });
    return true;
}

void LatencyRelay::acceptLoop()
{
    sockaddr_in target{};
    target.sin_family = AF_INET;
    target.sin_port = htons(m_targetPort);
    if (::inet_pton(AF_INET, m_targetHost.toLatin1().constData(), &target.sin_addr) != 1)
        target.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    while (!m_stopping) {
        pollfd waiting{m_listener, POLLIN, 0};
        if (::poll(&waiting, 1, 100) <= 0)
            continue;
        const int client = ::accept(m_listener, nullptr, nullptr);
        if (client < 0)
            continue;
        const int server = ::socket(AF_INET, SOCK_STREAM, 0);
        if (server < 0 || ::connect(server, reinterpret_cast<sockaddr *>(&target), sizeof target) != 0) {
            ::close(client);
            if (server >= 0)
                ::close(server);
            continue;
        }
        noDelay(client);
        noDelay(server);
        m_links.push_back(std::make_unique<Link>(client, server, m_oneWay));
    }
}

#else

struct LatencyRelay::Link
{
};

LatencyRelay::LatencyRelay(QString targetHost, quint16 targetPort, std::chrono::microseconds oneWay)
    : m_targetHost(std::move(targetHost))
    , m_targetPort(targetPort)
    , m_oneWay(oneWay)
{
}

LatencyRelay::~LatencyRelay() = default;

bool LatencyRelay::start()
{
    m_error = QStringLiteral("the latency relay runs on Unix only");
    return false;
}

void LatencyRelay::acceptLoop()
{
}

#endif

} // namespace Backroom
