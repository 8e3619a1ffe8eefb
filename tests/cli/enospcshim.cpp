// A disk that fills up, for the disk-full suite where it cannot mount a small filesystem:
// preloaded into seedbed (LD_PRELOAD), it lets the writes to files under
// $SEEDBED_ENOSPC_DIR add up to $SEEDBED_ENOSPC_BYTES bytes, then fails them with ENOSPC, as
// a full disk does (a write that does not fit is cut short, the next one fails); once they
// are used up, statvfs() reports no free space there either.

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <sys/statvfs.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

namespace {

std::atomic<long long> written{0};

const char *directory()
{
    static const char *dir = std::getenv("SEEDBED_ENOSPC_DIR");
    return dir && *dir ? dir : nullptr;
}

long long limit()
{
    static const long long bytes = [] {
        const char *text = std::getenv("SEEDBED_ENOSPC_BYTES");
        return text ? std::atoll(text) : 0LL;
    }();
    return bytes;
}

bool under(const char *path)
{
    const char *dir = directory();
    if (!dir || !path)
        return false;
    const size_t length = std::strlen(dir);
    return std::strncmp(path, dir, length) == 0 && (path[length] == '/' || path[length] == '\0');
}

// Whether \a path is the watched directory or one it lies in: statvfs() is asked about the
// mount point (QStorageInfo does so).
bool holds(const char *path)
{
    const char *dir = directory();
    if (!dir || !path)
        return false;
    const size_t length = std::strlen(path);
    return std::strncmp(dir, path, length) == 0 &&
           (dir[length] == '/' || dir[length] == '\0' || (length > 0 && path[length - 1] == '/'));
}

bool watched(int fd)
{
    if (!directory() || fd < 0)
        return false;
    char link[64];
    char path[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = readlink(link, path, sizeof path - 1);
    if (n <= 0)
        return false;
    path[n] = '\0';
    return under(path);
}

// How much of \a count bytes still fits; -1 (errno ENOSPC) when nothing does.
ssize_t room(int fd, size_t count)
{
    if (count == 0 || !watched(fd))
        return ssize_t(count);
    const long long before = written.fetch_add((long long)count);
    const long long left = limit() - before;
    if (left <= 0) {
        written.fetch_sub((long long)count);
        errno = ENOSPC;
        return -1;
    }
    if ((long long)count > left) {
        written.fetch_sub((long long)count - left);
        return ssize_t(left);
    }
    return ssize_t(count);
}

template<typename F> F next(const char *name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

} // namespace

extern "C" {

ssize_t write(int fd, const void *buf, size_t count)
{
    static const auto real = next<ssize_t (*)(int, const void *, size_t)>("write");
    const ssize_t fits = room(fd, count);
    return fits < 0 ? -1 : real(fd, buf, size_t(fits));
}

ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset)
{
    static const auto real = next<ssize_t (*)(int, const void *, size_t, off_t)>("pwrite");
    const ssize_t fits = room(fd, count);
    return fits < 0 ? -1 : real(fd, buf, size_t(fits), offset);
}

ssize_t pwrite64(int fd, const void *buf, size_t count, off64_t offset)
{
    static const auto real = next<ssize_t (*)(int, const void *, size_t, off64_t)>("pwrite64");
    const ssize_t fits = room(fd, count);
    return fits < 0 ? -1 : real(fd, buf, size_t(fits), offset);
}

ssize_t writev(int fd, const struct iovec *iov, int iovcnt)
{
    static const auto real = next<ssize_t (*)(int, const struct iovec *, int)>("writev");
    size_t total = 0;
    for (int i = 0; i < iovcnt; ++i)
        total += iov[i].iov_len;
    const ssize_t fits = room(fd, total);
    if (fits < 0)
        return -1;
    if (size_t(fits) == total)
        return real(fd, iov, iovcnt);
    // Cut short: write what fits of the first buffers.
    static const auto plain = next<ssize_t (*)(int, const void *, size_t)>("write");
    size_t done = 0;
    for (int i = 0; i < iovcnt && done < size_t(fits); ++i) {
        const size_t part =
            iov[i].iov_len < size_t(fits) - done ? iov[i].iov_len : size_t(fits) - done;
        const ssize_t n = plain(fd, iov[i].iov_base, part);
        if (n <= 0)
            break;
        done += size_t(n);
    }
    return ssize_t(done);
}

int statvfs(const char *path, struct statvfs *buf)
{
    static const auto real = next<int (*)(const char *, struct statvfs *)>("statvfs");
    const int result = real(path, buf);
    if (result == 0 && (under(path) || holds(path)) && written.load() >= limit())
        buf->f_bavail = buf->f_bfree = 0;
    return result;
}

int statvfs64(const char *path, struct statvfs64 *buf)
{
    static const auto real = next<int (*)(const char *, struct statvfs64 *)>("statvfs64");
    const int result = real(path, buf);
    if (result == 0 && (under(path) || holds(path)) && written.load() >= limit())
        buf->f_bavail = buf->f_bfree = 0;
    return result;
}

} // extern "C"
