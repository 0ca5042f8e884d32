// The C libraries Safehold uses to decode avatar images: libpng and libjpeg (libjpeg-turbo on Debian).
//
// libjpeg reports errors by calling a function that must not return; the only safe way out is longjmp,
// which Swift cannot do. The small functions below keep setjmp/longjmp in C and hand Swift a status code.
// libpng's simplified API (png_image_*) does the same internally, so PNG needs no such wrapper.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include <png.h>
#include <jpeglib.h>

typedef struct {
    struct jpeg_error_mgr pub;
    jmp_buf jump;
} safehold_jpeg_error;

static void safehold_jpeg_error_exit(j_common_ptr cinfo) {
    safehold_jpeg_error *error = (safehold_jpeg_error *)cinfo->err;
    longjmp(error->jump, 1);
}

static void safehold_jpeg_quiet(j_common_ptr cinfo, int level) {
    // Warnings are counted by libjpeg (num_warnings) and never printed.
    if (level < 0) { cinfo->err->num_warnings++; }
}

static void safehold_jpeg_no_output(j_common_ptr cinfo) { (void)cinfo; }

/// Status codes of safehold_jpeg_decode_gray.
enum {
    SAFEHOLD_JPEG_OK = 0,
    SAFEHOLD_JPEG_CORRUPT = 1,
    SAFEHOLD_JPEG_TOO_LARGE = 2,
    SAFEHOLD_JPEG_INCOMPLETE = 3,
    SAFEHOLD_JPEG_NO_MEMORY = 4
};

/// Converts one CMYK scanline to grey. Adobe's JPEGs store CMYK inverted (0 = full ink).
static inline void safehold_cmyk_to_gray(const unsigned char *cmyk, unsigned char *gray, unsigned width, int inverted) {
    for (unsigned x = 0; x < width; x++) {
        unsigned c = cmyk[4 * x], m = cmyk[4 * x + 1], y = cmyk[4 * x + 2], k = cmyk[4 * x + 3];
        if (!inverted) { c = 255 - c; m = 255 - m; y = 255 - y; k = 255 - k; }
        unsigned r = c * k / 255, g = m * k / 255, b = y * k / 255;
        gray[x] = (unsigned char)((299 * r + 587 * g + 114 * b) / 1000);
    }
}

/// Decodes a JPEG held in memory to 8-bit grey (CMYK and YCCK converted), scaled down by libjpeg by up to 8
/// while both sides stay at least min_side. On success *pixels is a malloc'd buffer of (*width) * (*height)
/// bytes that the caller frees with free(). Never exits the process: every libjpeg error becomes a status code.
static inline int safehold_jpeg_decode_gray(const unsigned char *data, unsigned long size, unsigned long max_pixels,
                                            unsigned min_side, unsigned char **pixels, unsigned *width,
                                            unsigned *height) {
    struct jpeg_decompress_struct cinfo;
    safehold_jpeg_error error;
    unsigned char *volatile buffer = NULL;
    unsigned char *volatile line = NULL;
    volatile int status = SAFEHOLD_JPEG_CORRUPT;
    *pixels = NULL;
    *width = 0;
    *height = 0;
    memset(&cinfo, 0, sizeof(cinfo));
    cinfo.err = jpeg_std_error(&error.pub);
    error.pub.error_exit = safehold_jpeg_error_exit;
    error.pub.emit_message = safehold_jpeg_quiet;
    error.pub.output_message = safehold_jpeg_no_output;
    if (setjmp(error.jump)) {
        jpeg_destroy_decompress(&cinfo);
        free(buffer);
        free(line);
        return status;
    }
    jpeg_create_decompress(&cinfo);
    jpeg_mem_src(&cinfo, data, size);
    jpeg_read_header(&cinfo, TRUE);
    if (cinfo.image_width == 0 || cinfo.image_height == 0) { longjmp(error.jump, 1); }
    if ((unsigned long long)cinfo.image_width * cinfo.image_height > max_pixels) {
        status = SAFEHOLD_JPEG_TOO_LARGE;
        longjmp(error.jump, 1);
    }
    int cmyk = cinfo.jpeg_color_space == JCS_CMYK || cinfo.jpeg_color_space == JCS_YCCK;
    cinfo.out_color_space = cmyk ? JCS_CMYK : JCS_GRAYSCALE;
    cinfo.scale_num = 1;
    cinfo.scale_denom = 1;
    while (cinfo.scale_denom < 8 && cinfo.image_width / (cinfo.scale_denom * 2) >= min_side &&
           cinfo.image_height / (cinfo.scale_denom * 2) >= min_side) {
        cinfo.scale_denom *= 2;
    }
    jpeg_start_decompress(&cinfo);
    unsigned long row = (unsigned long)cinfo.output_width * cinfo.output_components;
    buffer = (unsigned char *)malloc((unsigned long)cinfo.output_width * cinfo.output_height);
    line = (unsigned char *)malloc(row);
    if (buffer == NULL || line == NULL) {
        status = SAFEHOLD_JPEG_NO_MEMORY;
        longjmp(error.jump, 1);
    }
    while (cinfo.output_scanline < cinfo.output_height) {
        unsigned char *target = buffer + (unsigned long)cinfo.output_width * cinfo.output_scanline;
        unsigned char *into = cmyk ? line : target;
        jpeg_read_scanlines(&cinfo, &into, 1);
        if (cmyk) { safehold_cmyk_to_gray(line, target, cinfo.output_width, cinfo.saw_Adobe_marker); }
    }
    jpeg_finish_decompress(&cinfo);
    if (error.pub.num_warnings > 0) {
        status = SAFEHOLD_JPEG_INCOMPLETE;
        longjmp(error.jump, 1);
    }
    *width = cinfo.output_width;
    *height = cinfo.output_height;
    jpeg_destroy_decompress(&cinfo);
    free(line);
    *pixels = buffer;
    return SAFEHOLD_JPEG_OK;
}

/// Encodes 8-bit grey pixels as a baseline JPEG in memory (used to make test images); with cmyk set, the grey is
/// written as CMYK with black ink only, inverted as Adobe's software stores it (libjpeg adds the Adobe marker). On success *out is a
/// buffer the caller frees with free(). Returns 0 on success.
static inline int safehold_jpeg_encode_gray(const unsigned char *pixels, unsigned width, unsigned height, int quality,
                                            int cmyk, unsigned char **out, unsigned long *out_size) {
    struct jpeg_compress_struct cinfo;
    safehold_jpeg_error error;
    unsigned char *volatile line = NULL;
    *out = NULL;
    *out_size = 0;
    memset(&cinfo, 0, sizeof(cinfo));
    cinfo.err = jpeg_std_error(&error.pub);
    error.pub.error_exit = safehold_jpeg_error_exit;
    error.pub.output_message = safehold_jpeg_no_output;
    if (setjmp(error.jump)) {
        jpeg_destroy_compress(&cinfo);
        free(line);
        return 1;
    }
    jpeg_create_compress(&cinfo);
    jpeg_mem_dest(&cinfo, out, out_size);
    cinfo.image_width = width;
    cinfo.image_height = height;
    cinfo.input_components = cmyk ? 4 : 1;
    cinfo.in_color_space = cmyk ? JCS_CMYK : JCS_GRAYSCALE;
    jpeg_set_defaults(&cinfo);
    jpeg_set_quality(&cinfo, quality, TRUE);
    line = cmyk ? (unsigned char *)malloc((unsigned long)width * 4) : NULL;
    if (cmyk && line == NULL) { longjmp(error.jump, 1); }
    jpeg_start_compress(&cinfo, TRUE);
    while (cinfo.next_scanline < cinfo.image_height) {
        JSAMPROW row = (JSAMPROW)(pixels + (unsigned long)cinfo.next_scanline * width);
        if (cmyk) {
            for (unsigned x = 0; x < width; x++) {
                line[4 * x] = 255;
                line[4 * x + 1] = 255;
                line[4 * x + 2] = 255;
                line[4 * x + 3] = row[x];
            }
            row = line;
        }
        jpeg_write_scanlines(&cinfo, &row, 1);
    }
    jpeg_finish_compress(&cinfo);
    jpeg_destroy_compress(&cinfo);
    free(line);
    return 0;
}
