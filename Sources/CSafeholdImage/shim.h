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

/// Decodes a JPEG held in memory to 8-bit grey, scaled down by libjpeg by up to 8 when min_side allows.
/// On success *pixels is a malloc'd buffer of (*width) * (*height) bytes that the caller frees with free().
/// Never exits the process: every libjpeg error becomes a status code.
static inline int safehold_jpeg_decode_gray(const unsigned char *data, unsigned long size, unsigned long max_pixels,
                                            unsigned min_side, unsigned char **pixels, unsigned *width,
                                            unsigned *height) {
    struct jpeg_decompress_struct cinfo;
    safehold_jpeg_error error;
    unsigned char *volatile buffer = NULL;
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
        return status;
    }
    jpeg_create_decompress(&cinfo);
    jpeg_mem_src(&cinfo, data, size);
    jpeg_read_header(&cinfo, TRUE);
    if ((unsigned long long)cinfo.image_width * cinfo.image_height > max_pixels || cinfo.image_width == 0 ||
        cinfo.image_height == 0) {
        jpeg_destroy_decompress(&cinfo);
        return cinfo.image_width == 0 || cinfo.image_height == 0 ? SAFEHOLD_JPEG_CORRUPT : SAFEHOLD_JPEG_TOO_LARGE;
    }
    cinfo.out_color_space = JCS_GRAYSCALE;
    cinfo.scale_num = 1;
    cinfo.scale_denom = 1;
    while (cinfo.scale_denom < 8 && cinfo.image_width / (cinfo.scale_denom * 2) >= min_side &&
           cinfo.image_height / (cinfo.scale_denom * 2) >= min_side) {
        cinfo.scale_denom *= 2;
    }
    jpeg_start_decompress(&cinfo);
    unsigned long row = (unsigned long)cinfo.output_width * cinfo.output_components;
    buffer = (unsigned char *)malloc(row * cinfo.output_height);
    if (buffer == NULL) {
        status = SAFEHOLD_JPEG_NO_MEMORY;
        longjmp(error.jump, 1);
    }
    while (cinfo.output_scanline < cinfo.output_height) {
        unsigned char *line = buffer + row * cinfo.output_scanline;
        jpeg_read_scanlines(&cinfo, &line, 1);
    }
    jpeg_finish_decompress(&cinfo);
    int warnings = (int)error.pub.num_warnings;
    *width = cinfo.output_width;
    *height = cinfo.output_height;
    jpeg_destroy_decompress(&cinfo);
    if (warnings > 0) {
        free(buffer);
        *width = 0;
        *height = 0;
        return SAFEHOLD_JPEG_INCOMPLETE;
    }
    *pixels = buffer;
    return SAFEHOLD_JPEG_OK;
}

/// Encodes 8-bit grey pixels as a baseline JPEG in memory (used to make test images). On success *out is a
/// buffer the caller frees with free(). Returns 0 on success.
static inline int safehold_jpeg_encode_gray(const unsigned char *pixels, unsigned width, unsigned height, int quality,
                                            unsigned char **out, unsigned long *out_size) {
    struct jpeg_compress_struct cinfo;
    safehold_jpeg_error error;
    *out = NULL;
    *out_size = 0;
    memset(&cinfo, 0, sizeof(cinfo));
    cinfo.err = jpeg_std_error(&error.pub);
    error.pub.error_exit = safehold_jpeg_error_exit;
    error.pub.output_message = safehold_jpeg_no_output;
    if (setjmp(error.jump)) {
        jpeg_destroy_compress(&cinfo);
        return 1;
    }
    jpeg_create_compress(&cinfo);
    jpeg_mem_dest(&cinfo, out, out_size);
    cinfo.image_width = width;
    cinfo.image_height = height;
    cinfo.input_components = 1;
    cinfo.in_color_space = JCS_GRAYSCALE;
    jpeg_set_defaults(&cinfo);
    jpeg_set_quality(&cinfo, quality, TRUE);
    jpeg_start_compress(&cinfo, TRUE);
    while (cinfo.next_scanline < cinfo.image_height) {
        JSAMPROW row = (JSAMPROW)(pixels + (unsigned long)cinfo.next_scanline * width);
        jpeg_write_scanlines(&cinfo, &row, 1);
    }
    jpeg_finish_compress(&cinfo);
    jpeg_destroy_compress(&cinfo);
    return 0;
}
