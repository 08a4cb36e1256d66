//! How the C allocator gives memory back to the system.
//!
//! Each frame, the software renderer (Mesa's llvmpipe) and egui allocate and free some
//! megabytes at the top of the heap. glibc returns such a free top to the system as soon as
//! it passes 128 KiB, so every frame the kernel maps and zeroes those pages again: measured
//! here, that was a sixth of a frame's CPU time during Play. A higher threshold keeps up to
//! [`TRIM_THRESHOLD_BYTES`] free at the top for the next frame; the peak memory does not
//! grow (it went down by a few megabytes).

/// Free memory at the top of the heap kept for reuse rather than returned to the system.
pub const TRIM_THRESHOLD_BYTES: i32 = 32 * 1024 * 1024;

/// Sets glibc's trim threshold; `true` when the allocator took it. Elsewhere (another C
/// library, another system) it does nothing and says `false`.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[allow(unsafe_code)]
pub fn keep_freed_heap_for_the_next_frame() -> bool {
    // SAFETY: `mallopt` only changes a tuning parameter of glibc's allocator; it may be
    // called at any time and takes plain integers.
    unsafe { libc::mallopt(libc::M_TRIM_THRESHOLD, TRIM_THRESHOLD_BYTES) == 1 }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn keep_freed_heap_for_the_next_frame() -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    fn glibc_takes_the_trim_threshold() {
        assert!(keep_freed_heap_for_the_next_frame());
    }
}
