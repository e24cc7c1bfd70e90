#include "CFuzzer.h"
#include <string.h>
#include <zlib.h>

// Feeds everything after the header to inflate, as ZIPFoundation does (it reads on to the end of
// the file), and reports whether inflate would run out of input with neither the stream's end
// nor one of the errors ZIPFoundation stops on.
static int spins_from(const uint8_t *data, size_t size, size_t start) {
    if (start >= size) return 1;
    z_stream stream;
    memset(&stream, 0, sizeof stream);
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) return 1;
    stream.next_in = (Bytef *)(data + start);
    stream.avail_in = (uInt)(size - start);
    static unsigned char out[1 << 16];
    int spins = 0;
    for (;;) {
        stream.next_out = out;
        stream.avail_out = sizeof out;
        int result = inflate(&stream, Z_NO_FLUSH);
        if (result == Z_STREAM_END || result == Z_DATA_ERROR || result == Z_NEED_DICT || result == Z_MEM_ERROR) break;
        if (result != Z_OK || (stream.avail_in == 0 && stream.avail_out != 0)) { spins = 1; break; }
    }
    inflateEnd(&stream);
    return spins;
}

int duban_fuzz_deflate_may_spin(const uint8_t *data, size_t size) {
    for (size_t i = 0; i + 30 <= size; i++) {
        if (data[i] != 'P' || data[i + 1] != 'K' || data[i + 2] != 3 || data[i + 3] != 4) continue;
        if ((data[i + 8] | data[i + 9] << 8) != 8) continue;  // only deflated parts
        size_t start = i + 30 + (size_t)(data[i + 26] | data[i + 27] << 8) + (size_t)(data[i + 28] | data[i + 29] << 8);
        if (spins_from(data, size, start)) return 1;
    }
    return 0;
}
