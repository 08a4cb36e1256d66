// Static map geometry drawn by the GPU: country fills (with stripes) and border quads.
// World positions stay in GPU buffers; a frame only sends this view and per-country colours.

struct View {
    world_center: vec2<f32>,
    rect_size_points: vec2<f32>,
    points_per_world: f32,
    pixels_per_point: f32,
    border_width_points: f32,
    stripe_period_points: f32,
    // Where the world origin is on screen, relative to the map rect's top left, in points.
    stripe_origin_points: vec2<f32>,
    srgb_target: u32,
    // Colour of every border (premultiplied sRGBA8).
    border_color: u32,
};

@group(0) @binding(0) var<uniform> view: View;
// Per country: fill colour, stripe colour (premultiplied sRGBA8), state of the time, unused.
@group(0) @binding(1) var<uniform> countries: array<vec4<u32>, 1024>;

// Points relative to the map rect's top left.
fn points_from_world(world: vec2<f32>) -> vec2<f32> {
    let offset = (world - view.world_center) * view.points_per_world;
    return view.rect_size_points * 0.5 + vec2<f32>(offset.x, -offset.y);
}

fn clip_from_points(p: vec2<f32>) -> vec4<f32> {
    let ndc = p / view.rect_size_points * 2.0 - 1.0;
    return vec4<f32>(ndc.x, -ndc.y, 0.0, 1.0);
}

fn linear_from_gamma(srgb: vec3<f32>) -> vec3<f32> {
    let cutoff = srgb < vec3<f32>(0.04045);
    let lower = srgb / vec3<f32>(12.92);
    let higher = pow((srgb + vec3<f32>(0.055)) / vec3<f32>(1.055), vec3<f32>(2.4));
    return select(higher, lower, cutoff);
}

fn to_target(premultiplied_gamma: vec4<f32>) -> vec4<f32> {
    if view.srgb_target != 0u {
        return vec4<f32>(linear_from_gamma(premultiplied_gamma.rgb), premultiplied_gamma.a);
    }
    return premultiplied_gamma;
}

struct FillOut {
    @builtin(position) position: vec4<f32>,
    @location(0) points: vec2<f32>,
    @location(1) @interpolate(flat) fill: u32,
    @location(2) @interpolate(flat) stripe: u32,
};

@vertex
fn vs_fill(@location(0) world: vec2<f32>, @location(1) country: u32) -> FillOut {
    var out: FillOut;
    let p = points_from_world(world);
    out.position = clip_from_points(p);
    out.points = p;
    let c = countries[country];
    out.fill = c.x;
    out.stripe = c.y;
    return out;
}

@fragment
fn fs_fill(in: FillOut) -> @location(0) vec4<f32> {
    let fill = unpack4x8unorm(in.fill);
    let stripe = unpack4x8unorm(in.stripe);
    // Diagonal stripes fixed to the world origin, so they move with the map: on for 7/16 of
    // each period, with a one-point soft edge.
    let d = in.points - view.stripe_origin_points;
    // (Half a texel later than the texture the mesh path samples, to line up with it.)
    let u = fract((d.x + d.y) / (view.stripe_period_points * 16.0 / 7.0) - 0.5 / 16.0) * 16.0;
    let wrapped = select(u, u - 16.0, u > 11.5);
    let coverage = clamp(min(wrapped, 7.0 - wrapped) * view.stripe_period_points / 7.0 + 0.5, 0.0, 1.0);
    let s = stripe * coverage;
    return to_target(s + fill * (1.0 - s.a));
}

struct BorderOut {
    @builtin(position) position: vec4<f32>,
    // Distance across the line from its middle, in pixels.
    @location(0) across_px: f32,
};

@vertex
fn vs_border(
    @builtin(vertex_index) corner: u32,
    @location(0) from_world: vec2<f32>,
    @location(1) to_world: vec2<f32>,
    @location(2) country: u32,
    @location(3) neighbor: u32,
) -> BorderOut {
    var out: BorderOut;
    // A border inside one state of the time (Yugoslavia, the USSR …) is not drawn.
    let hidden = neighbor != 0xffffffffu && countries[country].z == countries[neighbor].z;
    let a = points_from_world(from_world);
    let b = points_from_world(to_world);
    let length = distance(a, b);
    if hidden || length < 1e-6 {
        out.position = vec4<f32>(2.0, 2.0, 0.0, 1.0);
        out.across_px = 0.0;
        return out;
    }
    let along = (b - a) / length;
    let normal = vec2<f32>(-along.y, along.x);
    // Two triangles: (start, -), (end, -), (start, +), (start, +), (end, -), (end, +).
    let ends = array<f32, 6>(0.0, 1.0, 0.0, 0.0, 1.0, 1.0);
    let sides = array<f32, 6>(-1.0, -1.0, 1.0, 1.0, -1.0, 1.0);
    let t = ends[corner];
    let side = sides[corner];
    let width_px = max(view.border_width_points * view.pixels_per_point, 1.0);
    let reach_px = width_px * 0.5 + 1.0;
    let reach = reach_px / view.pixels_per_point;
    // Thick lines get square caps to close the joints; thin ones none, since on a detailed
    // coast the overlapping caps of segments a pixel long would darken the line.
    let cap = max(width_px - 1.5, 0.0) * 0.5 / view.pixels_per_point;
    let p = mix(a, b, t) + along * (t * 2.0 - 1.0) * cap + normal * side * reach;
    out.position = clip_from_points(p);
    out.across_px = side * reach_px;
    return out;
}

@fragment
fn fs_border(in: BorderOut) -> @location(0) vec4<f32> {
    // Lines thinner than a pixel are drawn one pixel wide and fainter, as egui does.
    let width_px = view.border_width_points * view.pixels_per_point;
    let drawn_px = max(width_px, 1.0);
    let fade = min(width_px, 1.0);
    let coverage = clamp(drawn_px * 0.5 + 0.5 - abs(in.across_px), 0.0, 1.0) * fade;
    return to_target(unpack4x8unorm(view.border_color) * coverage);
}
